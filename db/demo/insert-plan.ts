/** Writes a demo plan into an empty database, in batches, turning indexes and codes into ids. */
import type { Tx } from '../client.ts';
import {
  allocations, applications, bookings, bookingSeries, expectedDepartures, hospitalStays, institutions, partnerLinks, persons, placeReports, unitStays,
  units, waitlistEntries, waitlistUnitChoices,
} from '../schema.ts';
import { osloInstant } from '../dates.ts';
import { kindOfQueue } from './institutions.ts';
import type { DemoPlan } from './plan-types.ts';

const BATCH = 500;

async function inBatches<T, R>(rows: T[], insert: (batch: T[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < rows.length; i += BATCH) out.push(...(await insert(rows.slice(i, i + BATCH))));
  return out;
}

const idsBy = <K>(rows: { id: number; key: K }[]) => new Map(rows.map((r) => [r.key, r.id]));

function lookup<K>(map: Map<K, number>, key: K): number {
  const id = map.get(key);
  if (id === undefined) throw new Error(`demo: no id for ${String(key)}`);
  return id;
}

/** Inserts the plan; returns the number of rows written per table. */
export async function insertPlan(tx: Tx, plan: DemoPlan): Promise<Record<string, number>> {
  const institutionIds = idsBy(await tx.insert(institutions)
    .values(plan.institutions.map(({ name, type, district }) => ({ name, type, district })))
    .returning({ id: institutions.id, key: institutions.name }));
  const unitIds = idsBy(await tx.insert(units)
    .values(plan.institutions.flatMap((i) => i.units.map((u) => ({ ...u, institutionId: lookup(institutionIds, i.name) }))))
    .returning({ id: units.id, key: units.code }));

  // Registered when their application came in, so the demo's history looks lived in.
  const registered = new Map([
    ...plan.bookings.map((b) => [plan.persons[b.person]!.fnr, osloInstant(b.createdOn, 10, 0)] as const),
    ...plan.cases.map((c) => [plan.persons[c.person]!.fnr, osloInstant(c.receivedDate, 10, 0)] as const),
  ]);
  const personIdsByFnr = idsBy(await inBatches(plan.persons, (batch) => tx.insert(persons)
    .values(batch.map((p) => ({ ...p, createdAt: registered.get(p.fnr) })))
    .returning({ id: persons.id, key: persons.fnr })));
  const personId = (index: number) => lookup(personIdsByFnr, plan.persons[index]!.fnr);

  const coupled = new Set(plan.couples.flatMap((c) => [c.a, c.b]));
  // One application per person, so the person identifies the application.
  const applicationIds = idsBy(await inBatches(plan.cases, (batch) => tx.insert(applications).values(batch.map((c) => ({
    personId: personId(c.person), receivedDate: c.receivedDate, kind: kindOfQueue(c.queue), requiredTags: c.requiredTags,
    outcome: c.outcome, decisionDate: c.decisionDate, priority: c.priority, priorityReason: c.priorityReason,
    guaranteeDate: c.guaranteeDate, reasoning: c.reasoning, appealRegime: c.appealRegime, createdAt: osloInstant(c.receivedDate, 10, 0),
    // The vedtak form's default: a langtid patient may wait in a korttid bed; a couple moves in together.
    interimAllowed: c.outcome !== 'avslag' && kindOfQueue(c.queue) === 'langtid' && !coupled.has(c.person),
  }))).returning({ id: applications.id, key: applications.personId })));

  const granted = plan.cases.filter((c) => c.entry !== null);
  const entryIdsByApplication = idsBy(await inBatches(granted, (batch) => tx.insert(waitlistEntries).values(batch.map((c) => ({
    applicationId: lookup(applicationIds, personId(c.person)), personId: personId(c.person), kind: kindOfQueue(c.queue),
    status: c.entry!.status, statusReason: c.entry!.statusReason, statusChangedAt: c.entry!.statusChangedAt, earliestDate: c.entry!.earliestDate,
    createdAt: osloInstant(c.decisionDate!, 12, 0),
  }))).returning({ id: waitlistEntries.id, key: waitlistEntries.applicationId })));
  const entryId = (person: number) => lookup(entryIdsByApplication, lookup(applicationIds, personId(person)));

  const choices = granted.flatMap((c) => c.entry!.choices.map((choice) => ({
    entryId: entryId(c.person), unitId: lookup(unitIds, choice.unit), choice: choice.choice,
  })));
  if (choices.length > 0) await tx.insert(waitlistUnitChoices).values(choices);

  if (plan.couples.length > 0) {
    await tx.insert(partnerLinks).values(plan.couples.map((c) => {
      const [entryA, entryB] = [entryId(c.a), entryId(c.b)].sort((x, y) => x - y);
      return { entryA: entryA!, entryB: entryB!, reason: c.reason, createdAt: osloInstant(c.createdOn, 11, 0) };
    }));
  }

  const allocated = granted.filter((c) => c.entry!.allocation !== null);
  const allocationIdsByEntry = idsBy(await tx.insert(allocations).values(allocated.map((c) => {
    const a = c.entry!.allocation!;
    return { entryId: entryId(c.person), unitId: lookup(unitIds, a.unit), date: a.date, status: a.status, reason: a.reason, decidedAt: a.decidedAt, createdAt: a.decidedAt };
  })).returning({ id: allocations.id, key: allocations.entryId }));

  await tx.insert(hospitalStays).values(plan.hospitalStays.map((s) => ({
    personId: personId(s.person), admittedDate: s.admittedDate, dischargeReadyDate: s.dischargeReadyDate,
    notifiedAt: s.notifiedAt, status: s.dischargeReadyDate === null ? 'innlagt' : 'utskrivningsklar',
  })));
  await tx.insert(unitStays).values(plan.unitStays.map((s) => ({
    personId: personId(s.person), unitId: lookup(unitIds, s.unit), fromDate: s.fromDate, toDate: s.toDate, endReason: s.endReason, reviewDate: s.reviewDate ?? null,
    allocationId: s.viaAllocation ? lookup(allocationIdsByEntry, entryId(s.person)) : null,
  })));

  const reportKey = (unitId: number, at: Date) => `${unitId}@${at.getTime()}`;
  const reportIds = idsBy(await inBatches(plan.reports, (batch) => tx.insert(placeReports).values(batch.map((r) => ({
    unitId: lookup(unitIds, r.unit), reportedAt: r.reportedAt, staffedBeds: r.staffedBeds, occupied: r.occupied,
    freeNow: r.freeNow, reserved: r.reserved, closedToAdmissions: r.closedReason !== null, closedReason: r.closedReason, note: r.note,
  }))).returning({ id: placeReports.id, unitId: placeReports.unitId, at: placeReports.reportedAt }))
    .then((rows) => rows.map((r) => ({ id: r.id, key: reportKey(r.unitId, r.at) }))));
  const departures = plan.reports.flatMap((r) => r.departures.map((d) => ({
    reportId: lookup(reportIds, reportKey(lookup(unitIds, r.unit), r.reportedAt)), date: d.date, count: d.count,
    personId: d.person === null ? null : personId(d.person),
  })));
  if (departures.length > 0) await tx.insert(expectedDepartures).values(departures);
  const booked = await insertBookings(tx, plan, unitIds, personId);

  return {
    institutions: institutionIds.size, units: unitIds.size, persons: personIdsByFnr.size, applications: applicationIds.size,
    waitlistEntries: entryIdsByApplication.size, waiting: granted.filter((c) => c.entry!.status === 'waiting').length,
    waitlistUnitChoices: choices.length, allocations: allocationIdsByEntry.size, hospitalStays: plan.hospitalStays.length,
    unitStays: plan.unitStays.length, placeReports: reportIds.size, expectedDepartures: departures.length, bookings: booked, partnerLinks: plan.couples.length,
  };
}

/** The respite series and stays; returns the number of stays. */
async function insertBookings(tx: Tx, plan: DemoPlan, unitIds: Map<string, number>, personId: (index: number) => number): Promise<number> {
  let stays = 0;
  for (const b of plan.bookings) {
    const unitId = lookup(unitIds, b.unit);
    const createdAt = osloInstant(b.createdOn, 10, 0);
    const [series] = b.series ? await tx.insert(bookingSeries).values({ personId: personId(b.person), unitId, ...b.series, note: b.note, createdAt }).returning() : [undefined];
    await tx.insert(bookings).values(b.stays.map((s) => ({
      personId: personId(b.person), unitId, seriesId: series?.id ?? null, fromDate: s.from, toDate: s.to, note: b.note, createdAt, updatedAt: createdAt,
    })));
    stays += b.stays.length;
  }
  return stays;
}
