/**
 * A small hand-made municipality for the figure tests, inserted through drizzle. The
 * expected numbers in compute.test.ts are worked out by hand from the comments here.
 * March 2026 is the main period (31 days, last day 31.03).
 *
 * Units: K1 korttid 2 staffed beds, L1 langtid 2, B1 bofellesskap 1, K2 korttid 5 beds but
 * inactive (not a place). Rates: 2025 4,000 NOK, 2026 5,000 NOK per day. 2,000 inhabitants.
 *
 * P1  korttid: applied 20.02, innvilget 02.03 (10 days), prio 1, guarantee 16.03. In hospital
 *     25.02, ready 27.02, ended 04.03 into K1 (stay 04.03–18.03): admitted 04.03.
 * P2  langtid: applied 01.02, innvilget 10.03 (37 days), prio 2, guarantee 20.03. In hospital
 *     08.03, ready 10.03, still there. A cancelled allocation (18.03). Not admitted.
 * P3  langtid: applied 01.03, avslag 05.03 (4 days). Hospital 01.03, ready 02.03, avmeldt 03.03.
 *     Appeal received 08.03, kept 12.03, sent 13.03, stadfestet 10.04.
 * P4  langtid: applied 10.01, ventelistevedtak 20.01, prio 3, guarantee 21.03. Hospital 25.03,
 *     ready 28.03, ended 30.03; L1 from 31.03 (the day after): admitted 31.03.
 *     Appeal received 25.01, kept 30.01, sent 01.02, opphevet 20.03.
 * P5  korttid: applied 20.03, innvilget 25.03 (5 days), prio 1, guarantee 08.04. Hospital 15.03,
 *     ready 18.03, utskrevet 20.03 with no unit stay. Died 03.04 (entry deceased then).
 * P6  bofellesskap: applied 01.02, innvilget 15.02, prio 2, guarantee 10.03, withdrew 05.03.
 *     Hospital 28.12.2025, ready 30.12.2025, ended 02.01.2026. Appeal received 20.02, changed by the office 25.02.
 * P7  langtid: applied 05.01, innvilget 15.01, prio 1, guarantee 15.03. Interim korttid K1
 *     01.02–15.03, then L1 from 15.03: admitted 15.03 (on the guarantee date).
 * P8  langtid: applied 01.02, innvilget 10.02, prio 2, guarantee 01.05. Interim korttid K1 from 20.03.
 * P10 bofellesskap resident of B1 since 01.06.2025 (no application here).
 * P11 langtid resident of L1 01.01.2025–10.03.2026 (died). In hospital 20.02–27.02 (ready 24.02),
 *     back to the place she kept: went to langtid.
 * P12 avlastning on K1 25.03–28.03 (a booking: not a stay).
 * P14 bofellesskap: applied 01.01, innvilget 20.01, prio 2, guarantee 20.04; marked admitted 12.03 with
 *     no allocation or stay recorded (as older rows may be): admitted 12.03 all the same.
 * P13 korttid guest of the inactive K2 10.03–20.03 (a closed unit: in no figure).
 */
import type { Db } from '../client.ts';
import * as s from '../schema.ts';

type Kind = s.PlaceKind;

export async function insertFigureFixture(db: Db): Promise<void> {
  await db.insert(s.settings).values({ id: 1, inhabitants: 2000 });
  await db.insert(s.overliggerRates).values([{ year: 2025, nokPerDay: 4000 }, { year: 2026, nokPerDay: 5000 }]);
  const [inst] = await db.insert(s.institutions).values({ name: 'Testheimen', type: 'sykehjem', district: 'Sentrum' }).returning();
  const unit = async (code: string, kind: Kind, beds: number, active = true) =>
    (await db.insert(s.units).values({ code, institutionId: inst!.id, name: code, kind, physicalBeds: beds, staffedBeds: beds, active }).returning())[0]!.id;
  const K1 = await unit('K1', 'korttid', 2);
  const L1 = await unit('L1', 'langtid', 2);
  const B1 = await unit('B1', 'bofellesskap', 1);
  const K2 = await unit('K2', 'korttid', 5, false);

  const person: Record<number, number> = {};
  for (const n of [1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 14]) {
    person[n] = (await db.insert(s.persons).values({ name: `Person ${n}`, fnr: String(20_000_000_000 + n), district: 'Sentrum' }).returning())[0]!.id;
  }
  const application = async (p: number, kind: Kind, received: string, outcome: 'innvilget' | 'ventelistevedtak' | 'avslag', decided: string, priority: number | null, guarantee: string | null) =>
    (await db.insert(s.applications).values({
      personId: person[p]!, kind, receivedDate: received, outcome, decisionDate: decided, priority, guaranteeDate: guarantee,
      appealRegime: kind === 'bofellesskap' ? 'lokal' : 'statsforvalteren', interimAllowed: kind === 'langtid',
    }).returning())[0]!.id;
  const entry = async (p: number, app: number, kind: Kind, status: s.WaitStatus, changedAt: string) =>
    (await db.insert(s.waitlistEntries).values({ applicationId: app, personId: person[p]!, kind, status, statusChangedAt: new Date(changedAt) }).returning())[0]!.id;
  const allocation = async (entryId: number, unitId: number, date: string, status: s.AllocationStatus, interim = false) =>
    (await db.insert(s.allocations).values({ entryId, unitId, date, status, interim }).returning())[0]!.id;
  const stay = async (p: number, unitId: number, from: string, to: string | null, allocationId: number | null = null) =>
    db.insert(s.unitStays).values({ personId: person[p]!, unitId, fromDate: from, toDate: to, allocationId, endReason: to ? 'annet' : null });
  const hospital = async (p: number, admitted: string, ready: string | null, ended: string | null, status: string) =>
    db.insert(s.hospitalStays).values({ personId: person[p]!, admittedDate: admitted, dischargeReadyDate: ready, endedDate: ended, status });

  const a1 = await application(1, 'korttid', '2026-02-20', 'innvilget', '2026-03-02', 1, '2026-03-16');
  const e1 = await entry(1, a1, 'korttid', 'admitted', '2026-03-04T12:00:00Z');
  await hospital(1, '2026-02-25', '2026-02-27', '2026-03-04', 'utskrevet');
  await stay(1, K1, '2026-03-04', '2026-03-18', await allocation(e1, K1, '2026-03-04', 'admitted'));

  const a2 = await application(2, 'langtid', '2026-02-01', 'innvilget', '2026-03-10', 2, '2026-03-20');
  const e2 = await entry(2, a2, 'langtid', 'waiting', '2026-03-18T12:00:00Z');
  await hospital(2, '2026-03-08', '2026-03-10', null, 'utskrivningsklar');
  await allocation(e2, L1, '2026-03-18', 'cancelled');

  const a3 = await application(3, 'langtid', '2026-03-01', 'avslag', '2026-03-05', null, null);
  await hospital(3, '2026-03-01', '2026-03-02', '2026-03-03', 'avmeldt');

  const a4 = await application(4, 'langtid', '2026-01-10', 'ventelistevedtak', '2026-01-20', 3, '2026-03-21');
  const e4 = await entry(4, a4, 'langtid', 'admitted', '2026-03-31T12:00:00Z');
  await hospital(4, '2026-03-25', '2026-03-28', '2026-03-30', 'utskrevet');
  await stay(4, L1, '2026-03-31', null, await allocation(e4, L1, '2026-03-31', 'admitted'));

  const a5 = await application(5, 'korttid', '2026-03-20', 'innvilget', '2026-03-25', 1, '2026-04-08');
  await entry(5, a5, 'korttid', 'deceased', '2026-04-03T10:00:00Z');
  await hospital(5, '2026-03-15', '2026-03-18', '2026-03-20', 'utskrevet');

  const a6 = await application(6, 'bofellesskap', '2026-02-01', 'innvilget', '2026-02-15', 2, '2026-03-10');
  await entry(6, a6, 'bofellesskap', 'withdrawn', '2026-03-05T10:00:00Z');
  await hospital(6, '2025-12-28', '2025-12-30', '2026-01-02', 'utskrevet');

  const a7 = await application(7, 'langtid', '2026-01-05', 'innvilget', '2026-01-15', 1, '2026-03-15');
  const e7 = await entry(7, a7, 'langtid', 'admitted', '2026-03-15T12:00:00Z');
  await stay(7, K1, '2026-02-01', '2026-03-15', await allocation(e7, K1, '2026-02-01', 'admitted', true));
  await stay(7, L1, '2026-03-15', null, await allocation(e7, L1, '2026-03-15', 'admitted'));

  const a8 = await application(8, 'langtid', '2026-02-01', 'innvilget', '2026-02-10', 2, '2026-05-01');
  const e8 = await entry(8, a8, 'langtid', 'waiting', '2026-03-20T12:00:00Z');
  await stay(8, K1, '2026-03-20', null, await allocation(e8, K1, '2026-03-20', 'admitted', true));

  const a14 = await application(14, 'bofellesskap', '2026-01-01', 'innvilget', '2026-01-20', 2, '2026-04-20');
  await entry(14, a14, 'bofellesskap', 'admitted', '2026-03-12T11:00:00Z');

  await stay(10, B1, '2025-06-01', null);
  await stay(11, L1, '2025-01-01', '2026-03-10');
  await hospital(11, '2026-02-20', '2026-02-24', '2026-02-27', 'utskrevet');
  await stay(13, K2, '2026-03-10', '2026-03-20');
  await db.insert(s.bookings).values({ personId: person[12]!, unitId: K1, fromDate: '2026-03-25', toDate: '2026-03-28' });

  await db.insert(s.appeals).values([
    { applicationId: a3, personId: person[3]!, receivedDate: '2026-03-08', reassessedDate: '2026-03-12', reassessmentResult: 'opprettholdt', sentDate: '2026-03-13', outcome: 'stadfestet', outcomeDate: '2026-04-10' },
    { applicationId: a4, personId: person[4]!, receivedDate: '2026-01-25', reassessedDate: '2026-01-30', reassessmentResult: 'opprettholdt', sentDate: '2026-02-01', outcome: 'opphevet', outcomeDate: '2026-03-20' },
    { applicationId: a6, personId: person[6]!, receivedDate: '2026-02-20', reassessedDate: '2026-02-25', reassessmentResult: 'omgjort' },
  ]);
}
