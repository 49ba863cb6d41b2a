/**
 * npm run bench:http [-- --drivers pglite,postgres] [--connections 1,50] [--duration 5] [--runs 3]
 *   [--pages Ventelister,Plasser,Forslag,Person] [--profile DIR]
 * Throughput and latency of the main pages under load, on a real server with demo data
 * and a logged-in coordinator. PostgreSQL comes from BENCH_DATABASE_URL (default
 * postgres://postgres@127.0.0.1:5432/postgres); the bench creates and drops its database.
 * Each cell is the best of `runs` runs (by requests/s), with the spread over all runs.
 * «Person» visits up to 20 person pages in turn (each visit is logged on the person).
 * `--profile DIR` writes the server's CPU profile (.cpuprofile) there when it stops.
 */
import { type BenchDriver, startBenchServer } from './http-server.ts';
import { prepareSession } from './http-session.ts';
import { type LoadResult, runLoad } from './http-load.ts';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(name);
  return i < 0 ? fallback : process.argv[i + 1]!;
};
const drivers = arg('--drivers', 'pglite,postgres').split(',') as BenchDriver[];
const connections = arg('--connections', '1,50').split(',').map(Number);
const duration = Number(arg('--duration', '5'));
const runs = Number(arg('--runs', '3'));
const pageNames = arg('--pages', 'Ventelister,Plasser,Forslag,Person').split(',');
const profileDir = process.argv.includes('--profile') ? arg('--profile', '') : undefined;
const postgresUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const ms = (n: number) => n.toFixed(1);
// A run that finished no request has no percentiles: leave it out of the range.
const range = (all: number[], f: (n: number) => string) => {
  const xs = all.filter((x) => !Number.isNaN(x));
  return xs.length ? `${f(Math.min(...xs))}–${f(Math.max(...xs))}` : '–';
};

console.log(`| driver | page | connections | requests/s best (range of ${runs} runs) | p50 ms | p95 ms best (range) | p99 ms | KB per response | CPU ms/request: server + PostgreSQL (best run) |`);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const driver of drivers) {
  const server = await startBenchServer(driver, postgresUrl, profileDir);
  try {
    const session = await prepareSession(server.url);
    const paths: Record<string, string[]> = { Ventelister: ['/ventelister'], Plasser: ['/plasser'], Forslag: ['/forslag'], Person: session.personPaths };
    for (const page of pageNames) {
      const load = { url: server.url, paths: paths[page]!, cookie: session.cookie, cpuMillis: server.cpuMillis };
      await runLoad({ ...load, connections: 1, duration: 1 }); // warm-up
      for (const c of connections) {
        const results: LoadResult[] = [];
        for (let r = 0; r < runs; r++) results.push(await runLoad({ ...load, connections: c, duration }));
        const best = results.reduce((a, b) => (b.requestsPerSecond > a.requestsPerSecond ? b : a));
        console.log(`| ${driver} | ${page} | ${c} | ${Math.round(best.requestsPerSecond)} (${range(results.map((x) => x.requestsPerSecond), (n) => String(Math.round(n)))}) `
          + `| ${ms(best.p50)} | ${ms(best.p95)} (${range(results.map((x) => x.p95), ms)}) | ${ms(best.p99)} | ${(best.bytes / 1024).toFixed(0)} `
          + `| ${ms(best.cpuPerRequest.server)}${driver === 'postgres' ? ` + ${ms(best.cpuPerRequest.database)}` : ''} |`);
      }
    }
  } finally {
    // Handlers whose sockets autocannon closed may still be running: let them finish before the database goes.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    await server.stop();
  }
}
