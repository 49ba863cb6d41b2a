/**
 * The leader's use cases: see today's figures, report them (or confirm them unchanged),
 * confirm an arrival, register a departure. Each save is one transaction with its audit.
 */
import { admitAllocation } from '../../db/queries/allocations.ts';
import type { Db } from '../../db/client.ts';
import { osloToday } from '../../db/dates.ts';
import { listIncoming, listResidents, registerDeparture, type Departure } from '../../db/queries/report-events.ts';
import { listBookings } from '../../db/queries/bookings.ts';
import { bedReadyOn } from '../../db/queries/ledger-events.ts';
import { loadReportUnits, saveReport } from '../../db/queries/reports.ts';
import { loadSettings } from '../../db/queries/settings.ts';
import type { SessionUser } from '../../db/queries/users.ts';
import { formatDate } from '../../views/format.ts';
import type { LeaderUnitView } from '../../views/reports/unit-card.tsx';
import { type FormErrors, parseReportForm } from './forms.ts';

/** The units with their pre-filled figures, arrivals and residents. */
export async function loadLeaderUnits(db: Db, unitIds: number[], now: Date): Promise<LeaderUnitView[]> {
  const { reportStaleHour } = await loadSettings(db);
  const [units, incoming, residents, booked] = await Promise.all([
    loadReportUnits(db, unitIds, now, reportStaleHour), listIncoming(db, unitIds), listResidents(db, unitIds), listBookings(db, unitIds, now),
  ]);
  return units.map((unit) => ({
    unit,
    booked: booked.filter((b) => b.unitId === unit.unitId),
    incoming: incoming.filter((i) => i.unitId === unit.unitId),
    residents: residents.filter((r) => r.unitId === unit.unitId),
  }));
}

/** One unit's view, or undefined when it is not an active unit. */
export async function loadLeaderUnit(db: Db, unitId: number, now: Date): Promise<LeaderUnitView | undefined> {
  return (await loadLeaderUnits(db, [unitId], now))[0];
}

export type SaveOutcome = { ok: true; reportId: number } | { ok: false; errors: FormErrors };

/** Saves the figures from the form, or returns the messages; nothing is saved from a wrong form. */
export async function submitReport(db: Db, view: LeaderUnitView, body: Record<string, unknown>, user: SessionUser, now: Date): Promise<SaveOutcome> {
  const parsed = parseReportForm(body, view.unit.physicalBeds, osloToday(now));
  if (!parsed.ok) return parsed;
  const residentIds = new Set(view.residents.map((r) => r.personId));
  const errors: FormErrors = {};
  parsed.figures.departures.forEach((d, i) => {
    if (d.personId !== null && !residentIds.has(d.personId)) errors[`avreise_person_${i}`] = 'Velg en beboer som bor på enheten nå.';
  });
  if (Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, reportId: await saveReport(db, view.unit, parsed.figures, user.id, now) };
}

/**
 * «Ingen endring»: today's pre-filled figures become today's report, with the last
 * report's departures from today on. Refused for a unit that has never reported.
 */
export async function confirmNoChange(db: Db, view: LeaderUnitView, user: SessionUser, now: Date): Promise<SaveOutcome> {
  if (!view.unit.last) return { ok: false, errors: { _: 'Enheten har ingen tidligere melding å bekrefte. Fyll ut tallene og lagre.' } };
  return { ok: true, reportId: await saveReport(db, view.unit, view.unit.today, user.id, now, 'confirm') };
}

export type EventOutcome = { ok: true; message: string } | { ok: false; errors: FormErrors };

/** «Innskrevet»: the reserved allocation to this unit becomes admitted, the stay starts. */
export async function confirmArrival(db: Db, view: LeaderUnitView, allocationId: number, user: SessionUser, now: Date): Promise<EventOutcome> {
  const incoming = view.incoming.find((i) => i.allocationId === allocationId);
  if (!incoming) return { ok: false, errors: { tildeling: 'Fant ingen reservert plass på enheten for denne personen. Last siden på nytt.' } };
  const outcome = await admitAllocation(db, allocationId, { userId: user.id }, now);
  if (!outcome.ok) return { ok: false, errors: { tildeling: outcome.message } };
  return { ok: true, message: `${incoming.personName} er skrevet inn.` };
}

/** Registers a resident's departure on its real date. */
export async function departResident(db: Db, view: LeaderUnitView, departure: Departure, user: SessionUser, now: Date): Promise<EventOutcome> {
  const resident = view.residents.find((r) => r.stayId === departure.stayId);
  if (!resident) return { ok: false, errors: { opphold: 'Velg en beboer som bor på enheten nå.' } };
  const outcome = await registerDeparture(db, view.unit.unitId, departure, user.id, now);
  if (!outcome.ok) return { ok: false, errors: { [outcome.field]: outcome.message } };
  const ready = bedReadyOn(departure.date, departure.reason, (await loadSettings(db)).turnaroundDays);
  const freed = ready > osloToday(now) ? `Sengen er klar for ny beboer ${formatDate(ready)}.` : 'Plassen er frigjort.';
  return { ok: true, message: `Utreise registrert for ${resident.personName}. ${freed}` };
}
