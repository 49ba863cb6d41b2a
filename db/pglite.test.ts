import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../test/support/databases.ts';
import { createPgliteFolder, tempFolder } from '../test/support/pglite-folder.ts';
import { openDb, queryRows } from './client.ts';
import { checkpointer } from './pglite.ts';

const temp = tempFolder();
afterAll(() => temp.remove());

describe('PGlite in a data folder', () => {
  it('when a second PGlite is opened on a folder in use, then it is refused and the first keeps working', async () => {
    const dataDir = join(temp.path, 'in-use');
    const first = await createPgliteFolder(dataDir);
    try {
      await expect(openDb({ dataDir, migrate: false })).rejects.toThrow(/Datamappen .* er allerede i bruk/);
      expect(await queryRows(first.db, sql`select 1 as one`)).toEqual([{ one: 1 }]);
    } finally {
      await first.close();
    }
    const again = await openDb({ dataDir, migrate: false });
    await again.close();
  });

  it('when the WAL of a folder is destroyed (the PANIC after a crash), then opening says so and points to npm run db:restore', async () => {
    const dataDir = join(temp.path, 'broken');
    await (await createPgliteFolder(dataDir)).close();
    const wal = join(dataDir, 'pg_wal');
    for (const file of readdirSync(wal).filter((f) => /^[0-9A-F]{24}$/.test(f))) {
      writeFileSync(join(wal, file), Buffer.alloc(statSync(join(wal, file)).size));
    }
    const opening = openDb({ dataDir, migrate: false });
    await expect(opening).rejects.toThrow(/PGlite kunne ikke åpne datamappen .*PANIC: could not locate a valid checkpoint record.*npm run db:restore/);
    // the folder is left as it was, and free for npm run db:restore
    await expect(openDb({ dataDir, migrate: false })).rejects.toThrow(/could not locate a valid checkpoint record/);
  });

  it('when a checkpoint ran and nothing was written since, then the next one is skipped', async () => {
    const dataDir = join(temp.path, 'checkpoints');
    const database = await createPgliteFolder(dataDir);
    try {
      const client = (database.db as unknown as { $client: Parameters<typeof checkpointer>[0] }).$client;
      const checkpoint = checkpointer(client);
      expect(await checkpoint()).toBe(true);
      expect(await checkpoint()).toBe(false);
      await database.db.execute(sql`insert into institutions (name, type, district) values ('Ny', 'sykehjem', 'Sentrum')`);
      expect(await checkpoint()).toBe(true);
    } finally {
      await database.close();
    }
  });
});

describe('PGlite and the event loop', () => {
  it('when a long transaction runs, then the event loop gets turns between its queries (static files are still served)', async () => {
    const database = await createTestDatabase('pglite');
    try {
      let done = 0;
      let doneWhenLoopRan: number | undefined;
      const transaction = database.db.transaction(async (tx) => {
        for (let i = 0; i < 50; i++) {
          await tx.execute(sql`select ${i}::int`);
          done++;
        }
      });
      setImmediate(() => { doneWhenLoopRan = done; });
      await transaction;
      expect(doneWhenLoopRan).toBeLessThan(50);
    } finally {
      await database.close();
    }
  });
});
