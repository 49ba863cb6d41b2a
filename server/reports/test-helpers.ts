/** Shared fixtures for the leader-reporting route tests. */
import { and, asc, eq, notInArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/client.ts';
import { placeReports, units, userUnits, users } from '../../db/schema.ts';

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
