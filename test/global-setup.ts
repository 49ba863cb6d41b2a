/**
 * Builds a migrated PGlite database once and dumps it, so each suite starts from a
 * copy (creating and migrating PGlite takes seconds; loading a dump well under one).
 */
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDb } from '../db/client.ts';

export default async function setup(project: TestProject) {
  const database = await openDb({ dataDir: 'memory://' });
  const client = (database.db as unknown as { $client: { dumpDataDir(c: 'none'): Promise<Blob> } }).$client;
  const dump = await client.dumpDataDir('none');
  await database.close();
  const path = join(tmpdir(), `plassplan-template-${process.pid}.tar`);
  await writeFile(path, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgliteTemplatePath', path);
}
