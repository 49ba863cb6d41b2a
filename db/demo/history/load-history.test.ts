import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateSnapshot } from '../../../solver/index.ts';
import { createTestDatabase, testDrivers } from '../../../test/support/databases.ts';
import { type Database, type DbOrTx, queryRows } from '../../client.ts';
import { osloInstant } from '../../dates.ts';
import { isValidFnr } from '../../fnr.ts';
import { loadLedgers } from '../../queries/ledger.ts';
import { latestRun } from '../../queries/planning-runs.ts';
import { buildSnapshot } from '../../queries/snapshot.ts';
import { persons } from '../../schema.ts';
import { loadDemoData } from '../load-demo-data.ts';
import { loadDemoHistory, type LoadHistoryResult } from './load-history.ts';

const TODAY = '2026-12-01';
const NOON = osloInstant(TODAY, 12, 0);
const LAST_DAY = '2026-11-30';
const number = async (db: DbOrTx, query: ReturnType<typeof sql>) => Number((await queryRows<{ n: number | string }>(db, query))[0]?.n);

describe.each(testDrivers)('demo history on %s', (driver) => {
  const databases: Database[] = [];
  let loaded: Database;
  let result: LoadHistoryResult;
  beforeAll(async () => {
    loaded = await createTestDatabase(driver);
    databases.push(loaded);
    result = await loadDemoHistory(loaded.db, { today: TODAY, days: 150 });
  }, 120_000);
  afterAll(async () => {
    console.info(`history on ${driver}: simulate ${result.simulateMs} ms, load ${result.loadMs} ms`);
    await Promise.all(databases.map((d) => d.close()));
  });

  it('when loaded into an empty database, then every row of the history is there', async () => {
    const { db } = loaded;
    expect(result.loaded).toBe(true);
    const tables = { persons: 'persons', applications: 'applications', waitlistEntries: 'waitlist_entries', allocations: 'allocations',
      hospitalStays: 'hospital_stays', unitStays: 'unit_stays', placeReports: 'place_reports', meetings: 'meetings', planningRuns: 'planning_runs', bookings: 'bookings' };
    for (const [key, table] of Object.entries(tables)) {
      expect(await number(db, sql.raw(`select count(*) as n from ${table}`)), table).toBe(result.counts[key]);
      expect(result.counts[key], table).toBeGreaterThan(0);
    }
    const fnrs = await queryRows<{ fnr: string }>(db, sql`select fnr from persons`);
    expect(fnrs.every((p) => isValidFnr(p.fnr))).toBe(true);
    expect(await number(db, sql`select count(*) as n from meetings m join planning_runs r on r.id = m.planning_run_id`)).toBe(result.counts.meetings);
  });

  it('when loaded, then the sequences continue after the history: a new person gets a fresh id', async () => {
    const [person] = await loaded.db.insert(persons).values({ name: 'Ny Person', fnr: '01810012345', district: 'Sentrum' }).returning();
    expect(person!.id).toBe(result.counts.persons! + 1);
    await loaded.db.delete(persons).where(sql`id = ${person!.id}`);
  });

  it('when the app reads the present, then its snapshot is valid and no unit holds more open stays than beds', async () => {
    const { db } = loaded;
    const built = await buildSnapshot(db, NOON);
    const validation = validateSnapshot(built.snapshot);
    expect(validation.ok ? [] : validation.errors).toEqual([]);
    expect(built.snapshot.applicants.length).toBeGreaterThan(0);
    const overfull = await queryRows<{ code: string }>(db, sql`select u.code from units u
      where (select count(*) from unit_stays s where s.unit_id = u.id and s.to_date is null) > u.staffed_beds`);
    expect(overfull).toEqual([]);
  });

  it('when the ledger reads the units, then its occupied beds are the open stays and the respite guests of the last report', async () => {
    const { db } = loaded;
    // The last report is the history's last day (a Monday), before that day's moves; the ledger adds the moves since,
    // except an interim korttid stay, which has no allocation for it to see (README.md, «Known gaps»).
    const open = await queryRows<{ code: string; n: number | string }>(db, sql`select u.code,
      (select count(*) from unit_stays s where s.unit_id = u.id and s.to_date is null and not (s.allocation_id is null and s.from_date = ${LAST_DAY}))
      + (select count(*) from bookings b where b.unit_id = u.id and b.status = 'booked' and b.from_date <= ${LAST_DAY} and b.to_date > ${LAST_DAY}) as n
      from units u`);
    const expected = new Map(open.map((r) => [r.code, Number(r.n)]));
    for (const ledger of await loadLedgers(db, NOON)) {
      expect(ledger.occupied, ledger.code).toBe(expected.get(ledger.code));
      expect(ledger.freeBeds, ledger.code).toBeLessThanOrEqual(ledger.staffedBeds - ledger.occupied);
    }
  });

  it('when the latest planning run is read, then its snapshot and plan name waitlist entries that exist', async () => {
    const run = (await latestRun(loaded.db))!;
    expect(validateSnapshot(run.snapshot).ok).toBe(true);
    const ids = (run.plan?.admissions ?? []).map((a) => Number(a.applicantId.slice(2)));
    expect(ids.length).toBeGreaterThan(0);
    expect(await number(loaded.db, sql`select count(*) as n from waitlist_entries where id in (${sql.join(ids.map((id) => sql`${id}`), sql`, `)})`))
      .toBe(new Set(ids).size);
  });

  it('when the database is not empty, then it refuses and changes nothing', async () => {
    const before = await number(loaded.db, sql`select count(*) as n from persons`);
    expect((await loadDemoHistory(loaded.db, { today: TODAY, days: 30 })).loaded).toBe(false);
    const withDemo = await createTestDatabase(driver);
    databases.push(withDemo);
    await loadDemoData(withDemo.db, { today: TODAY });
    const demoPersons = await number(withDemo.db, sql`select count(*) as n from persons`);
    expect((await loadDemoHistory(withDemo.db, { today: TODAY, days: 30 })).loaded).toBe(false);
    expect(await number(withDemo.db, sql`select count(*) as n from persons`)).toBe(demoPersons);
    expect(await number(loaded.db, sql`select count(*) as n from persons`)).toBe(before);
  }, 60_000);
});
