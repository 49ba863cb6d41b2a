/** The only reader of process.env: configuration validated once, at start. */
import { z } from 'zod';

const postgresUrl = z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL');

const envSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  DATABASE_URL: postgresUrl.optional(),
  /** The role that owns the tables and runs the migrations; DATABASE_URL is then the app's own role. */
  MIGRATION_DATABASE_URL: postgresUrl.optional(),
  PLASSPLAN_DATA_DIR: z.string().min(1).default('./data'),
  /** PGlite backups; default: beside the data folder, `<data folder>-backups`. */
  PLASSPLAN_BACKUP_DIR: z.string().min(1).optional(),
  PLASSPLAN_BACKUP_KEEP_DAYS: z.coerce.number().int().min(1).max(3650).default(14),
  PLASSPLAN_DEMO_PASSWORD: z.string().min(1).default('demo'),
  /** Behind a TLS-terminating proxy: trust X-Forwarded-* and send Secure cookies. */
  TRUST_PROXY: z.enum(['true', 'false', '1', '0']).default('false').transform((v) => v === 'true' || v === '1'),
}).refine((e) => !e.MIGRATION_DATABASE_URL || e.DATABASE_URL, {
  path: ['MIGRATION_DATABASE_URL'], message: 'needs DATABASE_URL (the app role) as well',
});

export interface Config {
  port: number;
  /** PostgreSQL the app runs on; without it, PGlite in dataDir. */
  databaseUrl: string | undefined;
  /** PostgreSQL as the tables' owner, for migrations only; never used to serve requests. */
  migrationDatabaseUrl: string | undefined;
  dataDir: string;
  /** Where PGlite backups go (before migrations, daily, `npm run db:backup`). */
  backupDir: string;
  /** Backups older than this are deleted, except the newest. */
  backupKeepDays: number;
  /** Load synthetic demo data (and demo users) into an empty database at start: the municipality with 14 months of simulated history (db/demo/history). */
  demo: boolean;
  /** With --demo --scenario: the small hand-made demo (db/demo/load-demo-data.ts) instead of the history. */
  demoScenario: boolean;
  demoPassword: string;
  trustProxy: boolean;
}

/** Reads and validates the environment; throws with every problem listed. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, argv: string[] = process.argv): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT, databaseUrl: e.DATABASE_URL, migrationDatabaseUrl: e.MIGRATION_DATABASE_URL, dataDir: e.PLASSPLAN_DATA_DIR,
    backupDir: e.PLASSPLAN_BACKUP_DIR ?? `${e.PLASSPLAN_DATA_DIR.replace(/[/\\]+$/, '')}-backups`, backupKeepDays: e.PLASSPLAN_BACKUP_KEEP_DAYS,
    demo: argv.includes('--demo'), demoScenario: argv.includes('--scenario'), demoPassword: e.PLASSPLAN_DEMO_PASSWORD, trustProxy: e.TRUST_PROXY,
  };
}
