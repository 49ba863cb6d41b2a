/**
 * npm run bench:import [-- --rows 1000,5000,20000] [--drivers pglite,postgres]
 *
 * Imports a synthetic CSV through HTTP into a fresh demo server (a child process, as in
 * production) and, meanwhile, probes it every 100 ms with a static file and a database
 * page (`/import`: small, but the session is read from the database). Prints the
 * import's time, the re-import's time (all rows duplicates) and the longest probe answer:
 * how long the server did not answer. PGlite always; PostgreSQL too when
 * BENCH_DATABASE_URL or TEST_DATABASE_URL is set (a database of its own, dropped after).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import postgres from 'postgres';
import { loginAs, type Client } from '../test/support/http.ts';
import { syntheticImportCsv } from './import-csv.ts';

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i < 0 ? undefined : process.argv[i + 1];
};
const sizes = (arg('--rows') ?? '1000,5000,20000').split(',').map(Number);
const pgUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;

interface Running { url: string; stop(): Promise<void> }

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** `server/main.ts --demo --scenario` (the hand-made demo) in a child process, on a fresh database. */
async function startServer(driver: 'pglite' | 'postgres'): Promise<Running> {
  const port = await freePort();
  let databaseUrl: string | undefined;
  let dropDatabase = async () => {};
  if (driver === 'postgres') {
    const name = `plassplan_bench_${randomBytes(4).toString('hex')}`;
    const admin = postgres(pgUrl!, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name}`);
    const own = new URL(pgUrl!);
    own.pathname = `/${name}`;
    databaseUrl = own.toString();
    dropDatabase = async () => { await admin.unsafe(`drop database if exists ${name} with (force)`); await admin.end(); };
  }
  const env = { ...process.env, PORT: String(port), PLASSPLAN_DATA_DIR: 'memory://', DATABASE_URL: databaseUrl };
  if (!databaseUrl) delete env.DATABASE_URL;
  const child: ChildProcess = spawn('node_modules/.bin/tsx', ['server/main.ts', '--demo', '--scenario'], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  const killChild = () => child.kill('SIGTERM');
  process.once('exit', killChild);
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => { if (chunk.toString().includes('kjører på')) resolve(); });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      process.off('exit', killChild);
      await dropDatabase();
    },
  };
}

/** Requests `path` every 100 ms until stopped; returns the longest answer in ms. */
function probe(url: string, path: string, cookie?: string) {
  let running = true;
  let longest = 0;
  const done = (async () => {
    while (running) {
      const t = performance.now();
      // A socket the stalled server closes as idle just as it unstalls resets: ask again.
      for (let tries = 0; ; tries++) {
        try {
          await fetch(`${url}${path}`, { headers: cookie ? { cookie } : {} }).then((r) => r.arrayBuffer());
          break;
        } catch (error) {
          if (tries === 3) throw error;
        }
      }
      const ms = performance.now() - t;
      longest = Math.max(longest, ms);
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, 100 - ms)));
    }
  })();
  return async () => { running = false; await done; return longest; };
}

async function upload(client: Client, url: string, csv: string): Promise<{ ms: number; text: string }> {
  const form = new FormData();
  form.append('_csrf', client.csrfToken);
  form.append('fil', new Blob([csv], { type: 'text/csv' }), 'bench.csv');
  const t = performance.now();
  const res = await fetch(`${url}/import`, { method: 'POST', body: form, headers: { cookie: client.cookie, 'x-csrf-token': client.csrfToken, 'hx-request': 'true' } });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`import answered ${res.status}: ${text.slice(0, 500)}`);
  return { ms: performance.now() - t, text: text.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 100) };
}

// A small page that still needs the database (the session); the queue pages grow with the import.
const PAGE = '/import';
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const drivers = (arg('--drivers') ?? (pgUrl ? 'pglite,postgres' : 'pglite')).split(',') as ('pglite' | 'postgres')[];

console.log('| driver | rows | CSV KB | import ms | longest static probe ms | longest page probe ms | re-import ms | re-import longest page probe ms |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
for (const driver of drivers) {
  for (const rows of sizes) {
    const csv = syntheticImportCsv(rows);
    const server = await startServer(driver);
    try {
      const client = await loginAs(server.url, 'koordinator');
      const stopStatic = probe(server.url, '/static/app.css');
      const stopPage = probe(server.url, PAGE, client.cookie);
      const first = await upload(client, server.url, csv);
      const [staticMs, pageMs] = [await stopStatic(), await stopPage()];
      const stopPage2 = probe(server.url, PAGE, client.cookie);
      const second = await upload(client, server.url, csv);
      const page2Ms = await stopPage2();
      console.log(`| ${driver} | ${fmt(rows)} | ${fmt(csv.length / 1024)} | ${fmt(first.ms)} | ${fmt(staticMs)} | ${fmt(pageMs)} | ${fmt(second.ms)} | ${fmt(page2Ms)} |`);
      if (process.argv.includes('--verbose')) console.log(`  first: ${first.text}\n  second: ${second.text}`);
    } finally {
      await server.stop();
    }
  }
}
