import type { Clause } from './explain-admission';
import type { ExplainContext } from './explain-context';
import { firstFrom, rivalText, takerText, type Spot } from './explain-takers';
import { dateText, tagList, unitName } from './explain-text';
import { unfitReason } from './rules';

/** Units per kind, for finding the places a person might have had earlier. */
export type UnitsByKind = Map<string, number[]>;

/** Indexes units by kind once per plan. */
export function unitsByKind(ctx: ExplainContext): UnitsByKind {
  const out: UnitsByKind = new Map();
  ctx.snapshot.units.forEach((u, k) => out.set(u.kind, [...(out.get(u.kind) ?? []), k]));
  return out;
}

/**
 * For a person admitted after its ready day: who or what has the last place of its kind used
 * before its own. A place it could have taken goes to someone of higher priority (named) or of the
 * same or lower priority (named, with why); else the earliest such place is in a unit it may not
 * take (only for a need, a missing tag, excluded, its own). O(units of the kind × log).
 */
export function earlierPlaceClause(ctx: ExplainContext, byKind: UnitsByKind, i: number): Clause | undefined {
  const { snapshot } = ctx;
  const x = ctx.finals[i]!;
  const a = snapshot.applicants[x.applicant]!;
  const ready = ctx.terms[x.applicant]!.ready;
  if (x.day <= ready || ctx.partnerOf[x.applicant]! >= 0) return undefined;
  let fit: Spot | undefined;
  let unfit: Spot | undefined;
  const dayAt = (s: Spot) => ctx.uses[s.unit]![s.j]!.day;
  for (const k of byKind.get(a.kind) ?? []) {
    const list = ctx.uses[k]!;
    // The last place used before the person's own day: the one it waited past most recently.
    let j = firstFrom(list.length, (q) => list[q]!.day, x.day) - 1;
    while (j >= 0 && list[j]!.applicant === x.applicant) j--;
    if (j < 0 || list[j]!.day < ready) continue;
    const spot = { unit: k, j };
    if (unfitReason(a, snapshot.units[k]!) === null) {
      if (fit === undefined || dayAt(spot) > dayAt(fit)) fit = spot;
    } else if (unfit === undefined || dayAt(spot) > dayAt(unfit)) unfit = spot;
  }
  if (fit !== undefined) {
    const taker = ctx.uses[fit.unit]![fit.j]!.applicant;
    if (snapshot.applicants[taker]!.priority >= a.priority) {
      // Two who weigh the same: one has to wait, and that decides nothing worth saying.
      const text = rivalText(ctx, x.applicant, fit, true);
      return text === '' ? undefined : { rank: 2, text };
    }
    return { rank: 3, text: `en tidligere plass på ${unitName(snapshot, fit.unit)} går til ${takerText(ctx, x.applicant, taker)}` };
  }
  return unfit === undefined ? undefined : { rank: 2, text: notForText(ctx, x.applicant, unfit, dayAt(unfit)) };
}

function notForText(ctx: ExplainContext, ai: number, spot: Spot, day: number): string {
  const { snapshot } = ctx;
  const a = snapshot.applicants[ai]!;
  const u = snapshot.units[spot.unit]!;
  const name = unitName(snapshot, spot.unit);
  switch (unfitReason(a, u)) {
    case 'onlyFor':
      return `plassen på ${name} ${dateText(snapshot, day)} er bare for dem som trenger ${tagList((u.onlyFor ?? []).filter((t) => !a.requires.includes(t)))}`;
    case 'tags':
      return `${a.id} trenger ${tagList(a.requires.filter((t) => !u.tags.includes(t)))}, noe ${name} ikke har`;
    case 'excluded':
      return `${a.id} skal ikke ha plass på ${name}`;
    default:
      return `${a.id} bor allerede på ${name}`;
  }
}
