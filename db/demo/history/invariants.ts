/**
 * Rules every simulated history keeps, as checks that list what breaks them (empty: all
 * hold). The property tests run them over many seeds; a what-if run can run them too.
 */
import { addDays } from '../../dates.ts';
import type { History } from './types.ts';

type Interval = { from: string; to: string | null; what: string };
const overlaps = (a: Interval, b: Interval) => a.from < (b.to ?? '9999-12-31') && b.from < (a.to ?? '9999-12-31');

/** No unit holds more people (stays and respite guests) than its beds on any day. */
export function capacityViolations(history: History): string[] {
  const out: string[] = [];
  for (const unit of history.units) {
    const stays = history.unitStays.filter((s) => s.unit === unit.code);
    const respite = history.respite.filter((r) => r.unit === unit.code).flatMap((r) => r.stays);
    for (let day = history.firstDay; day <= history.lastDay; day = addDays(day, 1)) {
      const n = stays.filter((s) => s.fromDate <= day && (s.toDate === null || s.toDate > day)).length
        + respite.filter((s) => s.from <= day && day < s.to).length;
      if (n > unit.beds) out.push(`${unit.code} ${day}: ${n} > ${unit.beds}`);
    }
  }
  return out;
}

/** Nobody is in two places (units, hospital, respite) on the same day. */
export function placeViolations(history: History): string[] {
  const byPerson = new Map<number, Interval[]>();
  const add = (person: number, i: Interval) => byPerson.set(person, [...(byPerson.get(person) ?? []), i]);
  history.unitStays.forEach((s) => add(s.person, { from: s.fromDate, to: s.toDate, what: `stay ${s.unit}` }));
  history.hospitalStays.forEach((h) => add(h.person, { from: h.admittedDate, to: h.endedDate, what: 'hospital' }));
  history.respite.forEach((r) => r.stays.forEach((s) => add(r.person, { from: s.from, to: s.to, what: `respite ${r.unit}` })));
  const out: string[] = [];
  for (const [person, list] of byPerson) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        if (overlaps(list[i]!, list[j]!)) out.push(`person ${person}: ${list[i]!.what} ${list[i]!.from} and ${list[j]!.what} ${list[j]!.from}`);
      }
    }
  }
  return out;
}

/**
 * Every admission follows a vedtak of its kind (an interim korttid stay, a langtid vedtak
 * allowing it), with received ≤ decision ≤ admission, and every date range in order.
 */
export function orderViolations(history: History): string[] {
  const out: string[] = [];
  const unitKind = new Map(history.units.map((u) => [u.code, u.kind]));
  for (const [i, a] of history.allocations.entries()) {
    const entry = history.entries[a.entry]!;
    const app = history.applications[entry.application]!;
    if (a.proposedOn > a.decidedOn) out.push(`allocation ${i}: proposed after decided`);
    if (a.status !== 'admitted') continue;
    const expected = a.interim ? 'korttid' : entry.kind;
    if (unitKind.get(a.unit) !== expected) out.push(`allocation ${i}: ${entry.kind} entry admitted to ${a.unit}`);
    if (a.interim && !app.interimAllowed) out.push(`allocation ${i}: interim stay without leave in the vedtak`);
    if (app.outcome === null || app.outcome === 'avslag' || app.decisionDate === null) out.push(`allocation ${i}: admitted without a granted vedtak`);
    else if (!(app.receivedDate <= app.decisionDate && app.decisionDate <= a.decidedOn)) out.push(`allocation ${i}: dates out of order`);
  }
  for (const [i, s] of history.unitStays.entries()) {
    if (s.toDate !== null && s.toDate < s.fromDate) out.push(`stay ${i}: ends before it begins`);
    if (s.allocation !== null && history.allocations[s.allocation]!.decidedOn !== s.fromDate) out.push(`stay ${i}: not begun on its admission day`);
  }
  for (const [i, h] of history.hospitalStays.entries()) {
    if (h.dischargeReadyDate < h.admittedDate || (h.endedDate !== null && h.endedDate < h.admittedDate)) out.push(`hospital stay ${i}: dates out of order`);
  }
  for (const [i, a] of history.applications.entries()) {
    if (a.decisionDate !== null && a.decisionDate < a.receivedDate) out.push(`application ${i}: decided before received`);
  }
  out.push(...appealViolations(history));
  return out;
}

/**
 * Appeals follow their vedtak and each other's steps in order (received → reassessed →
 * sent the same day if kept → decided), the schema's combinations only, and never come
 * against a ventelistevedtak whose place was already given.
 */
function appealViolations(history: History): string[] {
  const out: string[] = [];
  const seen = new Set<number>();
  for (const [i, g] of history.appeals.entries()) {
    const app = history.applications[g.application]!;
    if (seen.has(g.application)) out.push(`appeal ${i}: a second appeal of one vedtak`);
    seen.add(g.application);
    if (app.decisionDate === null || g.receivedOn < app.decisionDate) out.push(`appeal ${i}: received before the vedtak`);
    if ((g.reassessedOn === null) !== (g.officeResult === null) || (g.reassessedOn !== null && g.reassessedOn < g.receivedOn)) out.push(`appeal ${i}: reassessment out of order`);
    if (g.forwardedOn !== null && (g.officeResult !== 'opprettholdt' || g.forwardedOn !== g.reassessedOn)) out.push(`appeal ${i}: sent without being kept`);
    if ((g.decidedOn === null) !== (g.result === null) || (g.decidedOn !== null && (g.forwardedOn === null || g.decidedOn < g.forwardedOn))) out.push(`appeal ${i}: decided out of order`);
    const entry = history.entries.find((e) => e.application === g.application);
    const statusTheDayBefore = entry?.changes.filter((c) => c.on < g.receivedOn).at(-1)?.status;
    if (app.outcome === 'ventelistevedtak' && statusTheDayBefore !== 'waiting') out.push(`appeal ${i}: against a waiting list the person had left`);
  }
  return out;
}

/** A dead person does nothing after the day of death: no application, stay, allocation, appeal or change. */
export function afterDeathViolations(history: History): string[] {
  const died = new Map(history.persons.flatMap((p, i) => (p.diedOn ? [[i, p.diedOn] as const] : [])));
  const out: string[] = [];
  const check = (person: number, day: string | null, what: string) => {
    const d = died.get(person);
    if (d !== undefined && day !== null && day > d) out.push(`person ${person} died ${d}: ${what} ${day}`);
  };
  history.applications.forEach((a) => { check(a.person, a.receivedDate, 'application'); check(a.person, a.decisionDate, 'vedtak'); });
  history.entries.forEach((e) => e.changes.forEach((c) => check(e.person, c.on, `entry ${c.status}`)));
  history.allocations.forEach((a) => check(history.entries[a.entry]!.person, a.decidedOn, `allocation ${a.status}`));
  history.unitStays.forEach((s) => { check(s.person, s.fromDate, 'stay'); check(s.person, s.toDate, 'stay end'); });
  history.hospitalStays.forEach((h) => { check(h.person, h.admittedDate, 'hospital'); check(h.person, h.endedDate, 'hospital end'); });
  history.appeals.forEach((a) => check(history.applications[a.application]!.person, a.receivedOn, 'appeal'));
  for (const [person, d] of died) {
    const open = history.unitStays.some((s) => s.person === person && s.toDate === null)
      || history.hospitalStays.some((h) => h.person === person && h.endedDate === null);
    if (open) out.push(`person ${person} died ${d} but is still somewhere`);
  }
  return out;
}
