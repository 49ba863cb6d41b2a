/** Shared fixtures for the leader-reporting route tests. */
import { and, asc, eq, isNull, notInArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/client.ts';
import { allocations, placeReports, units, unitStays, userUnits, users, waitlistEntries } from '../../db/schema.ts';
import { TEST_TODAY } from '../../test/support/demo-app.ts';

export interface LeaderFixture {
  leaderId: number;
  ownUnitIds: number[];
  foreignUnitId: number;
}

export async function leaderFixture(db: Db): Promise<LeaderFixture> {
  const [leader] = await db.select().from(users).where(eq(users.username, 'leder'));
  const own = await db.select({ unitId: userUnits.unitId }).from(userUnits).where(eq(userUnits.userId, leader!.id)).orderBy(asc(userUnits.unitId));
  const ownUnitIds = own.map((o) => o.unitId);
  const [foreign] = await db.select().from(units).where(and(eq(units.active, true), notInArray(units.id, ownUnitIds))).orderBy(asc(units.id));
  return { leaderId: leader!.id, ownUnitIds, foreignUnitId: foreign!.id };
}

/** Counts of everything a leader's action could change, to show that nothing did. */
export async function changeCounts(db: Db): Promise<Record<string, number>> {
  const [row] = await queryRows<Record<string, number | string>>(db, sql`select
    (select count(*) from place_reports) as reports, (select count(*) from expected_departures) as departures,
    (select count(*) from audit_log where action not in ('person.view')) as audit,
    (select count(*) from allocations where status = 'admitted') as admitted,
    (select count(*) from unit_stays where to_date is null) as open_stays`);
  return Object.fromEntries(Object.entries(row!).map(([k, v]) => [k, Number(v)]));
}

export async function latestReport(db: Db, unitId: number) {
  const [report] = await db.select().from(placeReports).where(eq(placeReports.unitId, unitId))
    .orderBy(sql`${placeReports.reportedAt} desc, ${placeReports.id} desc`).limit(1);
  return report!;
}

/** A valid full report form for a unit with the given figures. */
export const reportForm = (f: Partial<Record<string, string>> = {}): Record<string, string> => ({
  bemannede: '6', belagt: '4', ledige: '2', reservert: '0', stengt_grunn: '', merknad: '', ...f,
} as Record<string, string>);

/** Someone with no open stay and no reservation moves into the unit. */
export async function addResident(db: Db, unitId: number): Promise<void> {
  const [person] = await db.query.persons.findMany({
    where: (p) => sql`not exists (select 1 from unit_stays s where s.person_id = ${p.id} and s.to_date is null)
      and not exists (select 1 from waitlist_entries e where e.person_id = ${p.id} and e.status = 'reserved')`, limit: 1,
  });
  await db.insert(unitStays).values({ personId: person!.id, unitId, fromDate: '2026-10-01' });
}

/** A waiting bofellesskap entry reserved to the unit for today, its person in an open stay in another unit. */
export async function reserveTo(db: Db, fx: LeaderFixture, unitId: number) {
  const [entry] = await db.select().from(waitlistEntries)
    .where(and(eq(waitlistEntries.status, 'waiting'), eq(waitlistEntries.kind, 'bofellesskap'),
      sql`not exists (select 1 from unit_stays s where s.person_id = ${waitlistEntries.personId} and s.to_date is null and s.unit_id = ${unitId})`)).limit(1);
  await db.update(waitlistEntries).set({ status: 'reserved' }).where(eq(waitlistEntries.id, entry!.id));
  const [allocation] = await db.insert(allocations).values({ entryId: entry!.id, unitId, date: TEST_TODAY, status: 'reserved' }).returning();
  const [open] = await db.select().from(unitStays).where(and(eq(unitStays.personId, entry!.personId), isNull(unitStays.toDate)));
  if (!open) await db.insert(unitStays).values({ personId: entry!.personId, unitId: fx.foreignUnitId, fromDate: '2026-11-02' });
  return { entry: entry!, allocation: allocation! };
}
