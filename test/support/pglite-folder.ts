/** PGlite data folders on disk for the tests of locking, backups and restores. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { type Database, openDb } from '../../db/client.ts';

/** A temporary folder that holds data folders, backups and whatever the test moves aside. */
export function tempFolder(): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), 'plassplan-embedded-'));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** Opens a new migrated PGlite data folder at `dataDir` (from the test template: quick). */
export async function createPgliteFolder(dataDir: string): Promise<Database> {
  const templatePath = inject('pgliteTemplatePath');
  if (!templatePath) return openDb({ dataDir });
  return openDb({ dataDir, loadDataDir: new Blob([readFileSync(templatePath)]), migrate: false });
}
