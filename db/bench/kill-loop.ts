/**
 * `npm run bench:kill`: how often a PGlite data folder opens again after `kill -9` during
 * heavy writes. Each round makes a fresh, migrated folder, starts a writer (import-like
 * transactions of many single-row inserts), kills it with SIGKILL after a random delay and
 * then opens the folder in a new process. Not a unit test: it takes minutes.
 *
 *   npm run bench:kill -- [rounds=10] [maxDelaySeconds=15] [rowsPerTransaction=20000] [--during-create]
 *
 * `--during-create` kills while the folder is still being created (initdb + migrations).
 * `--two-writers` starts a second writer on the same folder (as `npm run db:migrate` or a
 * second server would) a moment before the kill.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { openDb } from '../client.ts';

const [mode, dir] = process.argv.slice(2);
if (mode === '--writer') await write(dir!, Number(process.argv[4]));
else if (mode === '--check') await check(dir!);
else await loop(process.argv.slice(2));

/** Opens (creating and migrating) the folder, says «ready», then writes until killed. */
async function write(dataDir: string, rowsPerTransaction: number): Promise<void> {
  const database = await openDb({ dataDir });
  await database.db.execute(sql`create table if not exists kill_probe (id serial primary key, batch int not null, payload text not null)`);
  await database.db.execute(sql`create index if not exists kill_probe_batch on kill_probe (batch)`);
  console.log('ready');
  for (let batch = 0; ; batch++) {
    await database.db.transaction(async (tx) => {
      for (let i = 0; i < rowsPerTransaction; i++) {
        await tx.execute(sql`insert into kill_probe (batch, payload) values (${batch}, ${'x'.repeat(200 + (i % 50))})`);
      }
    });
    console.log(`batch ${batch}`);
  }
}

/** Opens the folder again as the server would (migrating) and prints the committed batches; exits non-zero if it cannot. */
async function check(dataDir: string): Promise<void> {
  const database = await openDb({ dataDir });
  const probe = await database.db.execute(sql`select to_regclass('kill_probe') is not null as present`);
  const present = (probe as unknown as { rows: { present: boolean }[] }).rows[0]!.present;
  const result = present ? await database.db.execute(sql`select count(distinct batch)::int as batches, count(*)::int as rows from kill_probe`) : { rows: ['no probe table yet'] };
  console.log(JSON.stringify((result as unknown as { rows: unknown[] }).rows[0]));
  await database.close();
}

function run(args: string[]): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', import.meta.filename, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
}

function waitForLine(child: ChildProcess, line: string): Promise<void> {
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => { if (chunk.toString().includes(line)) resolve(); });
    child.on('exit', () => reject(new Error(`writer exited before «${line}»`)));
  });
}

function finish(child: ChildProcess): Promise<{ code: number | null; out: string; err: string }> {
  let out = '';
  let err = '';
  child.stdout!.on('data', (c: Buffer) => { out += c.toString(); });
  child.stderr!.on('data', (c: Buffer) => { err += c.toString(); });
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, out, err })));
}

async function loop(args: string[]): Promise<void> {
  const numbers = args.filter((a) => !a.startsWith('--')).map(Number);
  const rounds = numbers[0] ?? 10;
  const maxDelay = (numbers[1] ?? 15) * 1000;
  const rowsPerTransaction = numbers[2] ?? 20_000;
  const duringCreate = args.includes('--during-create');
  const twoWriters = args.includes('--two-writers');
  let opened = 0;
  let lost = 0;
  for (let round = 1; round <= rounds; round++) {
    const folder = mkdtempSync(join(tmpdir(), 'plassplan-kill-'));
    const dataDir = join(folder, 'data');
    const writer = run(['--writer', dataDir, String(rowsPerTransaction)]);
    const writerDone = finish(writer);
    if (!duringCreate) await waitForLine(writer, 'ready');
    const delay = Math.round(Math.random() * maxDelay);
    await new Promise((r) => setTimeout(r, delay));
    const second = twoWriters ? run(['--writer', dataDir, String(rowsPerTransaction)]) : undefined;
    const secondDone = second ? finish(second) : undefined;
    if (second) await new Promise((r) => setTimeout(r, 8000));
    writer.kill('SIGKILL');
    second?.kill('SIGKILL');
    const refused = secondDone ? (await secondDone).err.match(/i bruk|in use/) !== null : false;
    const written = (await writerDone).out.match(/batch \d+/g)?.length ?? 0;
    const result = await finish(run(['--check', dataDir]));
    const ok = result.code === 0;
    if (ok) opened++;
    const found = ok ? (JSON.parse(result.out.trim().split('\n').at(-1)!) as { batches?: number }).batches ?? 0 : 0;
    if (ok && found < written) lost++;
    const why = ok ? result.out.trim() : (result.err.match(/PANIC: [^.\n]*|Aborted\(\)|\w+Error: [^\n]{0,160}/)?.[0] ?? `exit ${result.code}`);
    console.log(`round ${round}: killed after ${delay} ms (${written} batches committed${refused ? ', second writer refused' : ''}) → ${ok ? 'opens' : 'DOES NOT OPEN'} ${why}${ok && found < written ? ' COMMITS LOST' : ''}`);
    if (ok) rmSync(folder, { recursive: true, force: true });
    else console.log(`  kept ${folder}`);
  }
  console.log(`${opened} of ${rounds} folders opened again after kill -9; ${lost} of them had lost committed batches`);
}
