/**
 * A real Plassplan server for the HTTP bench: `server/main.ts --demo --scenario` (the hand-made demo) as a child
 * process (so the load generator does not share its event loop), on PGlite in a temp
 * folder or on a fresh PostgreSQL database that is dropped again on stop.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';

export type BenchDriver = 'pglite' | 'postgres';

export interface BenchServer {
  url: string;
  /**
   * CPU time used so far, ms (Linux /proc; NaN elsewhere): the server process, and on
   * PostgreSQL also the database's backends (on PGlite the database is inside the server).
   */
  cpuMillis(): Promise<{ server: number; database: number }>;
  stop(): Promise<void>;
}

const MAIN = new URL('../server/main.ts', import.meta.url).pathname;

/** Starts the server on the driver with demo data; resolves once it listens. `profileDir`: write a CPU profile there on stop. */
export async function startBenchServer(driver: BenchDriver, postgresUrl: string, profileDir?: string): Promise<BenchServer> {
  const port = await freePort();
  const store = driver === 'pglite' ? await pgliteStore() : await postgresStore(postgresUrl);
  const profile = profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', MAIN, '--demo', '--scenario'], {
    env: { ...process.env, PORT: String(port), ...store.env }, stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    await listening(child);
  } catch (error) {
    child.kill();
    await store.drop();
    throw error;
  }
  return {
    url: `http://127.0.0.1:${port}`,
    cpuMillis: async () => ({ server: await processCpuMillis(child.pid!), database: await store.cpuMillis() }),
    stop: async () => {
      await new Promise<void>((resolve) => { child.once('exit', () => resolve()); child.kill('SIGTERM'); });
      await store.drop();
    },
  };
}

interface Store { env: Record<string, string>; cpuMillis(): Promise<number>; drop(): Promise<void> }

async function pgliteStore(): Promise<Store> {
  const dir = await mkdtemp(join(tmpdir(), 'plassplan-bench-'));
  const env: Record<string, string> = { PLASSPLAN_DATA_DIR: join(dir, 'data') };
  return { env, cpuMillis: async () => 0, drop: () => rm(dir, { recursive: true, force: true }) };
}

async function postgresStore(url: string): Promise<Store> {
  const name = `plassplan_bench_${randomBytes(6).toString('hex')}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const own = new URL(url);
  own.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: own.toString() },
    cpuMillis: async () => {
      const backends = await admin<{ pid: number }[]>`select pid from pg_stat_activity where datname = ${name}`;
      const each = await Promise.all(backends.map((b) => processCpuMillis(b.pid)));
      return each.reduce((sum, ms) => sum + ms, 0);
    },
    drop: async () => {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end({ timeout: 5 });
    },
  };
}

function listening(child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('kjører på')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code} before listening:\n${out}`)));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** utime + stime of a process from /proc/<pid>/stat, in ms (clock ticks assumed 100/s, as on Linux). */
async function processCpuMillis(pid: number): Promise<number> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return NaN;
  }
}
