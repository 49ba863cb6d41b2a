/**
 * npm run bench:figures [-- --today 2026-12-01] [--runs 10] [--print]
 *
 * Loads the simulated history (seed 5) into PGlite (in memory) and, when
 * BENCH_DATABASE_URL, TEST_DATABASE_URL or DATABASE_URL is set, into a fresh PostgreSQL
 * database of its own (dropped after), then times computeFigures for the year, the
 * tertial and the month that hold the day before `today`, clipped at `today` (median and
 * max of `runs` runs after one warm-up), and what the page reads for the year: the year,
 * the year before and the year's months, one computeFigures each and in one pass with
 * computeFiguresFor; and the whole page over HTTP (GET /nokkeltall and the Årsrapport, as a
 * logged-in coordinator, the app's clock on `today`). --print shows the year's figures.
 */
import { hash } from '@node-rs/argon2';
import { withPostgres } from './scratch-database.ts';
import { openDb } from '../db/client.ts';
import { addDays } from '../db/dates.ts';
import { insertHistory, DEMO_HISTORY_SEED } from '../db/demo/history/load-history.ts';
import { simulateHistory } from '../db/demo/history/simulate.ts';
import { computeFigures, computeFiguresFor } from '../db/figures/compute.ts';
import { createUser } from '../db/queries/users.ts';
import { loginAs, startTestServer } from '../test/support/http.ts';
import { clipPeriod, monthPeriod, monthsOf, type Period, previousPeriod, tertialPeriod, yearPeriod } from '../db/figures/period.ts';

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i < 0 ? undefined : process.argv[i + 1];
};
const today = arg('--today') ?? '2026-12-01';
const runs = Number(arg('--runs') ?? 10);
const pgUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;

const last = addDays(today, -1);
const [year, month] = [Number(last.slice(0, 4)), Number(last.slice(5, 7))];
const periods: Period[] = [yearPeriod(year), tertialPeriod(year, (Math.floor((month - 1) / 4) + 1) as 1 | 2 | 3), monthPeriod(year, month)]
  .map((p) => clipPeriod(p, today)!);

const history = await simulateHistory({ seed: DEMO_HISTORY_SEED, lastDay: last });
const table: Record<string, string | number>[] = [];
for (const driver of ['pglite', ...(pgUrl ? ['postgres'] : [])] as const) {
  const bench = async (databaseUrl?: string) => {
    const database = await openDb(databaseUrl ? { databaseUrl } : { dataDir: 'memory://' });
    try {
      await insertHistory(database.db, history);
      if (database.driver === 'postgres') await database.db.execute('analyze');
      const time = async (label: string, run: () => Promise<unknown>) => {
        await run();
        const times: number[] = [];
        for (let i = 0; i < runs; i++) {
          const t = performance.now();
          await run();
          times.push(performance.now() - t);
        }
        times.sort((a, b) => a - b);
        table.push({ driver, figures: label, median: `${times[Math.floor((times.length - 1) / 2)]!.toFixed(1)} ms`, max: `${times.at(-1)!.toFixed(1)} ms`, runs });
      };
      if (process.argv.includes('--print')) console.dir(await computeFigures(database.db, periods[0]!), { depth: null });
      for (const period of periods) await time(period.label, () => computeFigures(database.db, period));
      const page = [periods[0]!, previousPeriod(periods[0]!), ...monthsOf(periods[0]!)];
      await time(`page: ${page.length} periods, one call each`, () => Promise.all(page.map((p) => computeFigures(database.db, p))));
      await time(`page: ${page.length} periods, computeFiguresFor`, () => computeFiguresFor(database.db, page));
      await createUser(database.db, { username: 'bench', displayName: 'Benk Koordinator', role: 'koordinator', passwordHash: await hash('bench'), unitIds: [] }, null);
      const server = await startTestServer(database.db, () => new Date(`${today}T09:00:00Z`));
      try {
        const client = await loginAs(server.url, 'bench', 'bench');
        const get = (path: string) => async () => {
          const res = await client.get(path);
          if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
          await res.text();
        };
        await time(`HTTP GET /nokkeltall (${periods[0]!.label})`, get('/nokkeltall'));
        await time(`HTTP GET /nokkeltall?periode=${periods[2]!.id}`, get(`/nokkeltall?periode=${periods[2]!.id}`));
        await time(`HTTP GET /nokkeltall/arsrapport?ar=${year}`, get(`/nokkeltall/arsrapport?ar=${year}`));
      } finally {
        await server.close();
      }
    } finally {
      await database.close();
    }
  };
  if (driver === 'postgres') await withPostgres(pgUrl!, bench);
  else await bench();
}
console.log(`computeFigures on the history of seed ${DEMO_HISTORY_SEED}, today ${today}`);
console.table(table);
