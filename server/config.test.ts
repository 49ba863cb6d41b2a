import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';

describe('database configuration', () => {
  it('when DATABASE_URL and MIGRATION_DATABASE_URL are set, then the app runs on the first and migrates with the second', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://app@db/plassplan', MIGRATION_DATABASE_URL: 'postgres://owner@db/plassplan' }, []);
    expect(config.databaseUrl).toBe('postgres://app@db/plassplan');
    expect(config.migrationDatabaseUrl).toBe('postgres://owner@db/plassplan');
  });

  it('when MIGRATION_DATABASE_URL is set without DATABASE_URL, then the configuration is refused', () => {
    expect(() => loadConfig({ MIGRATION_DATABASE_URL: 'postgres://owner@db/plassplan' }, [])).toThrow(/MIGRATION_DATABASE_URL: needs DATABASE_URL/);
  });

  it('when MIGRATION_DATABASE_URL is not a postgres:// URL, then the configuration is refused', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://app@db/p', MIGRATION_DATABASE_URL: 'mysql://owner@db/p' }, [])).toThrow(/MIGRATION_DATABASE_URL: must be a postgres/);
  });

  it('when neither is set, then the app uses PGlite and nothing migrates elsewhere', () => {
    const config = loadConfig({}, []);
    expect([config.databaseUrl, config.migrationDatabaseUrl]).toEqual([undefined, undefined]);
  });
});

describe('demo configuration', () => {
  it('when started with --demo alone, then the demo is the simulated history; with --demo --scenario, the hand-made demo', () => {
    expect(loadConfig({}, ['--demo'])).toMatchObject({ demo: true, demoScenario: false });
    expect(loadConfig({}, ['--demo', '--scenario'])).toMatchObject({ demo: true, demoScenario: true });
  });

  it('when started without --demo, then no demo is loaded whatever else is given', () => {
    expect(loadConfig({}, [])).toMatchObject({ demo: false });
    expect(loadConfig({}, ['--scenario'])).toMatchObject({ demo: false });
  });
});
