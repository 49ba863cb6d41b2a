import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDb } from '../db/client.ts';
import { auditLog, users } from '../db/schema.ts';

const folder = mkdtempSync(join(tmpdir(), 'plassplan-cli-'));
const dataDir = join(folder, 'db');

/** The server's environment, without a DATABASE_URL: the CLI then opens PGlite in the data folder. */
const { DATABASE_URL: _unused, ...env } = process.env;

function createUserCli(args: string[], stdin: string): Promise<{ code: number; stderr: string; stdout: string }> {
  return new Promise((resolve) => {
    const child = execFile('npx', ['tsx', 'server/admin/create-user-cli.ts', ...args],
      { env: { ...env, PLASSPLAN_DATA_DIR: dataDir } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }));
    child.stdin!.end(`${stdin}\n`);
  });
}

describe('npm run user:create', () => {
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('when the first admin is created with --password-stdin, then they exist with a hash and an audit entry, and bad input is refused', async () => {
    const ok = await createUserCli(['--username', 'forste', '--name', 'Første Admin', '--role', 'admin', '--password-stdin'], 'et-langt-passord-1');
    expect(ok.stdout).toContain('Brukeren «forste» (admin) er opprettet.');
    const bad = await createUserCli(['--username', 'forste', '--name', 'Igjen', '--role', 'admin', '--password-stdin'], 'kort');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('Passordet må ha minst 12 tegn.');
    const database = await openDb({ dataDir });
    try {
      const rows = await database.db.select().from(users);
      expect(rows.map((u) => [u.username, u.role])).toEqual([['forste', 'admin']]);
      expect(rows[0]!.passwordHash).toMatch(/^\$argon2id\$/);
      const [entry] = await database.db.select().from(auditLog);
      expect(entry).toMatchObject({ action: 'user.create', userId: null });
      expect(JSON.stringify(entry)).not.toContain('argon2');
    } finally {
      await database.close();
    }
  }, 60_000);
});
