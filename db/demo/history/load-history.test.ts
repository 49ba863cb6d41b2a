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
import { CASEWORKERS } from './config.ts';
import { caseworkerUsername, DEMO_HISTORY_SEED, loadDemoHistory, type LoadHistoryResult } from './load-history.ts';
import { simulateHistory } from './simulate.ts';
import type { History } from './types.ts';

const TODAY = '2026-12-01';
const NOON = osloInstant(TODAY, 12, 0);
const LAST_DAY = '2026-11-30';
const DAYS = 200;
const number = async (db: DbOrTx, query: ReturnType<typeof sql>) => Number((await queryRows<{ n: number | string }>(db, query))[0]?.n);

describe.each(testDrivers)('demo history on %s', (driver) => {
  const databases: Database[] = [];
  let loaded: Database;
  let result: LoadHistoryResult;
  /** The records the loader wrote (the same seed and days give the same history). */
  let history: History;
  beforeAll(async () => {
    loaded = await createTestDatabase(driver);
    databases.push(loaded);
    result = await loadDemoHistory(loaded.db, { today: TODAY, days: DAYS });
    history = await simulateHistory({ seed: DEMO_HISTORY_SEED, lastDay: LAST_DAY, days: DAYS });
  }, 120_000);
  afterAll(async () => {
    console.info(`history on ${driver}: simulate ${result.simulateMs} ms, load ${result.loadMs} ms`);
    await Promise.all(databases.map((d) => d.close()));
  });

  it('when loaded into an empty database, then every row of the history is there', async () => {
    const { db } = loaded;
    expect(result.loaded).toBe(true);
    const tables = { persons: 'persons', applications: 'applications', waitlistEntries: 'waitlist_entries', allocations: 'allocations',
      hospitalStays: 'hospital_stays', unitStays: 'unit_stays', placeReports: 'place_reports', meetings: 'meetings', planningRuns: 'planning_runs',
      bookings: 'bookings', appeals: 'appeals', users: 'users', expectedDepartures: 'expected_departures' };
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

  it('when the ledger reads the units, then its occupied beds are the open stays and the respite guests of this morning\'s report', async () => {
    const { db } = loaded;
    // Today's report (a Tuesday, 07:30) is the last day's end; nothing has moved since.
    const open = await queryRows<{ code: string; n: number | string; reported: string }>(db, sql`select u.code,
      (select count(*) from unit_stays s where s.unit_id = u.id and s.to_date is null)
      + (select count(*) from bookings b where b.unit_id = u.id and b.status = 'booked' and b.from_date <= ${TODAY} and b.to_date > ${TODAY}) as n,
      (select max(r.reported_at) from place_reports r where r.unit_id = u.id)::text as reported
      from units u`);
    const expected = new Map(open.map((r) => [r.code, Number(r.n)]));
    expect(open.every((r) => new Date(r.reported).getTime() === osloInstant(TODAY, 7, 30).getTime())).toBe(true);
    for (const ledger of await loadLedgers(db, NOON)) {
      expect(ledger.occupied, ledger.code).toBe(expected.get(ledger.code));
      expect(ledger.freeBeds, ledger.code).toBeLessThanOrEqual(ledger.staffedBeds - ledger.occupied);
    }
  });

  it('when the leaders reported this morning, then each korttid unit\'s report expects the open stays\' planned ends of the next four weeks', async () => {
    const { db } = loaded;
    const rows = await queryRows<{ code: string; date: string; person_id: number; reported: string }>(db, sql`select u.code, d.date::text as date,
      d.person_id, r.reported_at::text as reported from expected_departures d join place_reports r on r.id = d.report_id join units u on u.id = r.unit_id`);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => new Date(r.reported).getTime() === osloInstant(TODAY, 7, 30).getTime())).toBe(true);
    const planned = history.unitStays.filter((s) => s.toDate === null && s.plannedEnd !== null && s.plannedEnd <= '2026-12-29');
    expect(rows.map((r) => `${r.code} ${r.date} ${r.person_id}`).sort()).toEqual(planned.map((s) => `${s.unit} ${s.plannedEnd} ${s.person + 1}`).sort());
    const open = await queryRows<{ person_id: number }>(db, sql`select person_id from unit_stays where to_date is null`);
    expect(rows.every((r) => open.some((o) => Number(o.person_id) === Number(r.person_id)))).toBe(true);
    for (const ledger of await loadLedgers(db, NOON)) expect(ledger.freeBeds, ledger.code).toBeGreaterThanOrEqual(0);
  });

  it('when loaded, then the caseworkers are koordinator users who handled every case and decided every vedtak', async () => {
    const { db } = loaded;
    const users = await queryRows<{ id: number; username: string; display_name: string; role: string }>(db,
      sql`select id, username, display_name, role from users order by id`);
    expect(users.map((u) => [u.username, u.display_name, u.role])).toEqual(CASEWORKERS.map((name, i) => [caseworkerUsername(i), name, 'koordinator']));
    const ids = users.map((u) => Number(u.id));
    const apps = await queryRows<{ handled_by: number; decided_by: number | null; outcome: string | null }>(db,
      sql`select handled_by, decided_by, outcome from applications`);
    expect(apps.every((a) => ids.includes(Number(a.handled_by)))).toBe(true);
    expect(apps.every((a) => (a.outcome === null ? a.decided_by === null : Number(a.decided_by) === Number(a.handled_by)))).toBe(true);
    expect(new Set(apps.map((a) => Number(a.handled_by))).size).toBe(CASEWORKERS.length);
    expect(apps.some((a) => a.outcome === null)).toBe(true);
  });

  it('when a case took over four weeks, then its foreløpig svar is stored with the date it promised', async () => {
    const rows = await queryRows<{ sent: string; expected: string; received: string; decided: string | null }>(loaded.db, sql`select
      interim_reply_sent_date::text as sent, interim_reply_expected_date::text as expected, received_date::text as received, decision_date::text as decided
      from applications where interim_reply_sent_date is not null`);
    const loadedApps = history.applications.filter((a) => a.receivedDate <= LAST_DAY && !(a.outcome === null && a.closedOn !== null));
    const replies = history.provisionalReplies.filter((r) => loadedApps.includes(history.applications[r.application]!));
    expect(rows.length).toBe(replies.length);
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r.sent > r.received && r.expected > r.sent).toBe(true);
      if (r.decided) expect(r.decided).toBe(r.expected);
    }
  });

  it('when appeals were made, then each is stored with the office\'s reassessment, the sending and the outcome', async () => {
    const rows = await queryRows<{ received: string; reassessed: string | null; kept: string | null; sent: string | null; outcome: string | null;
      outcome_date: string | null; outcome_of_vedtak: string }>(loaded.db, sql`select g.received_date::text as received, g.reassessed_date::text as reassessed,
      g.reassessment_result as kept, g.sent_date::text as sent, g.outcome, g.outcome_date::text as outcome_date, a.outcome as outcome_of_vedtak
      from appeals g join applications a on a.id = g.application_id and a.person_id = g.person_id order by g.received_date, g.id`);
    const expected = history.appeals.map((a) => [a.receivedOn, a.reassessedOn, a.officeResult, a.forwardedOn, a.result, a.decidedOn])
      .sort((x, y) => x[0]!.localeCompare(y[0]!));
    expect(rows.map((r) => [r.received, r.reassessed, r.kept, r.sent, r.outcome, r.outcome_date])).toEqual(expected);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.outcome_of_vedtak === 'avslag' || r.outcome_of_vedtak === 'ventelistevedtak')).toBe(true);
    expect(rows.filter((r) => r.kept === 'opprettholdt').every((r) => r.sent === r.reassessed)).toBe(true);
    expect(rows.filter((r) => r.kept === 'omgjort').every((r) => r.sent === null && r.outcome === null)).toBe(true);
    expect(rows.some((r) => r.outcome !== null)).toBe(true);
  });

  it('when a hospital stay ended, then where the patient went is readable without its text: a unit stay, avmeldt, or home', async () => {
    const rows = await queryRows<{ status: string; reason: string; to_unit: boolean; ended: string }>(loaded.db, sql`select h.status, h.ended_reason as reason,
      h.ended_date::text as ended, exists (select 1 from unit_stays s where s.person_id = h.person_id and s.from_date = h.ended_date) as to_unit
      from hospital_stays h where h.ended_date is not null`);
    const ended = history.hospitalStays.filter((h) => h.endedDate !== null);
    expect(rows.length).toBe(ended.length);
    const where = (r: (typeof rows)[number]) => (r.to_unit ? 'institusjon' : r.status === 'avmeldt' ? 'dod' : 'hjem');
    const count = (list: string[]) => Object.fromEntries(['institusjon', 'dod', 'hjem'].map((k) => [k, list.filter((x) => x === k).length]));
    expect(count(rows.map(where))).toEqual(count(ended.map((h) => h.endedReason!)));
    for (const r of rows) {
      if (where(r) === 'institusjon') expect([r.status, r.reason]).toEqual(['utskrevet', 'Innskrevet i kommunal plass']);
      if (where(r) === 'dod') expect(r.reason).toBe('død');
      if (where(r) === 'hjem') expect(r.status).toBe('utskrevet');
    }
    expect(Object.values(count(rows.map(where))).every((n) => n > 0)).toBe(true);
  });

  it('when someone waits on korttid for a long-term place, then the stay has its interim allocation and every open korttid stay a review date', async () => {
    const { db } = loaded;
    const interim = await queryRows<{ n: number | string; waiting: number | string }>(db, sql`select count(*) as n,
      count(*) filter (where e.status = 'waiting' and s.to_date is null) as waiting
      from allocations a join waitlist_entries e on e.id = a.entry_id left join unit_stays s on s.allocation_id = a.id where a.interim`);
    expect(Number(interim[0]!.n)).toBe(history.allocations.filter((a) => a.interim).length);
    expect(Number(interim[0]!.waiting)).toBeGreaterThan(0);
    expect(await number(db, sql`select count(*) as n from unit_stays where allocation_id is null`)).toBe(0);
    const reviews = await queryRows<{ kind: string; open: boolean; review: string | null }>(db, sql`select u.kind, s.to_date is null as open,
      s.review_date::text as review from unit_stays s join units u on u.id = s.unit_id`);
    expect(reviews.filter((r) => r.kind !== 'korttid').every((r) => r.review === null)).toBe(true);
    expect(reviews.filter((r) => r.kind === 'korttid' && r.open).every((r) => r.review !== null && r.review >= TODAY)).toBe(true);
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
