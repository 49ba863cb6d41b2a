/**
 * npm run bench:history [-- --seed 5] [--today 2026-12-01]
 *
 * Simulates the demo municipality's history and loads it into a fresh, migrated database
 * on PGlite (in memory) and, when BENCH_DATABASE_URL or TEST_DATABASE_URL is set, on
 * PostgreSQL (a database of its own, dropped after). Prints the time to simulate, the
 * planner's share of it, the time to load, the rows written, and the calibration figures.
 */
import { withPostgres } from './scratch-database.ts';
import { openDb } from '../db/client.ts';
import { addDays, osloToday } from '../db/dates.ts';
import { DEMO_HISTORY_SEED, insertHistory } from '../db/demo/history/load-history.ts';
import { measureLastYear } from '../db/demo/history/measure.ts';
import { simulateHistory } from '../db/demo/history/simulate.ts';

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i < 0 ? undefined : process.argv[i + 1];
};
const seed = Number(arg('--seed') ?? DEMO_HISTORY_SEED);
const today = arg('--today') ?? osloToday();
const pgUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;

const started = performance.now();
const history = await simulateHistory({ seed, lastDay: addDays(today, -1) });
const simulateMs = performance.now() - started;
const plannerMs = history.planningRuns.reduce((n, r) => n + r.millis, 0);

const table: { driver: string; simulate: string; planner: string; load: string; rows: number }[] = [];
for (const driver of ['pglite', ...(pgUrl ? ['postgres'] : [])] as const) {
  const load = async (databaseUrl?: string) => {
    const database = await openDb(databaseUrl ? { databaseUrl } : { dataDir: 'memory://' });
    try {
      const t = performance.now();
      const { counts } = await insertHistory(database.db, history);
      return { ms: performance.now() - t, rows: Object.values(counts).reduce((a, b) => a + b, 0) };
    } finally {
      await database.close();
    }
  };
  const result = driver === 'postgres' ? await withPostgres(pgUrl!, load) : await load();
  table.push({ driver, simulate: `${(simulateMs / 1000).toFixed(1)} s`, planner: `${(plannerMs / 1000).toFixed(1)} s (${history.planningRuns.length} runs)`, load: `${(result.ms / 1000).toFixed(1)} s`, rows: result.rows });
}
console.log(`History of seed ${seed}, ${history.firstDay} – ${history.lastDay}`);
console.table(table);
console.log(measureLastYear(history));
