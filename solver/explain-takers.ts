import { whyTaken } from './explain-ahead';
import { personText, type ExplainContext } from './explain-context';
import { dateText, unitName } from './explain-text';

/** Per unit and priority (index 1..3), the positions in `ctx.uses[unit]` of that priority's users, ascending. */
export type TakersIndex = number[][][];

/** Indexes the users of every unit by priority; O(admissions). */
export function takersIndex(ctx: ExplainContext): TakersIndex {
  return ctx.uses.map((list) => {
    const byPriority: number[][] = [[], [], [], []];
    list.forEach((u, j) => byPriority[ctx.snapshot.applicants[u.applicant]!.priority]!.push(j));
    return byPriority;
  });
}

/** A use of a place: `ctx.uses[unit][j]`. */
export interface Spot { unit: number; j: number }

/**
 * Who takes the places in `fitting` units that waiting applicant `ai` could have had (used on
 * or after its ready day). If someone of the same or lower priority takes one, names that person
 * (the lowest priority, then the earliest) and why it comes first; else says that people of
 * higher priority take them. '' when nobody does. O(fitting units × log) per call.
 */
export function placeTakers(ctx: ExplainContext, index: TakersIndex, ai: number, fitting: number[]): string {
  const a = ctx.snapshot.applicants[ai]!;
  const ready = ctx.terms[ai]!.ready;
  const dayAt = (s: Spot) => ctx.uses[s.unit]![s.j]!.day;
  let count = 0;
  let earliest: Spot | undefined;
  let rival: (Spot & { priority: number }) | undefined;
  for (const k of fitting) {
    const list = ctx.uses[k]!;
    const from = firstFrom(list.length, (j) => list[j]!.day, ready);
    count += list.length - from;
    if (from < list.length && (earliest === undefined || list[from]!.day < dayAt(earliest))) earliest = { unit: k, j: from };
    for (let p = 3; p >= a.priority; p--) {
      const positions = index[k]![p]!;
      const at = firstFrom(positions.length, (q) => list[positions[q]!]!.day, ready);
      if (at === positions.length) continue;
      const spot = { unit: k, j: positions[at]!, priority: p };
      if (rival === undefined || p > rival.priority || (p === rival.priority && dayAt(spot) < dayAt(rival))) rival = spot;
      break;
    }
  }
  if (earliest === undefined) return '';
  if (rival !== undefined) return rivalText(ctx, ai, rival);
  const since = ready > 0 ? ` fra ${dateText(ctx.snapshot, ready)}` : '';
  const first = takerText(ctx, ai, ctx.uses[earliest.unit]![earliest.j]!.applicant);
  if (count === 1) return `den ene passende plassen${since} går til ${first}`;
  const places = count <= 9 ? `de ${count} passende plassene` : 'alle passende plasser';
  return `${places}${since} går til personer med høyere prioritet, blant dem ${first}`;
}

/** "P-9 (prioritet 3) får plassen på X 03.12.2026 foran P-1, fordi …"; '' without a reason when `needReason`. */
export function rivalText(ctx: ExplainContext, ai: number, spot: Spot, needReason = false): string {
  const use = ctx.uses[spot.unit]![spot.j]!;
  const c = ctx.snapshot.applicants[use.applicant]!;
  const taken = { applicant: use.applicant, unit: spot.unit, day: use.day, interim: use.interim };
  const reason = whyTaken(ctx, taken, ai, needReason)?.text;
  if (reason === undefined && needReason) return '';
  const equal = c.priority === ctx.snapshot.applicants[ai]!.priority;
  const why = reason ?? (equal ? ', og de to står likt' : '');
  const place = `${use.interim ? 'en korttidsplass' : 'plassen'} på ${unitName(ctx.snapshot, spot.unit)} ${dateText(ctx.snapshot, use.day)}`;
  return `${personText(ctx, use.applicant)} (prioritet ${c.priority}) får ${place} foran ${ctx.snapshot.applicants[ai]!.id}${why}`;
}

/** A higher-priority taker with what else puts it first: "P-3401 (prioritet 1, forbi garantifristen)". */
export function takerText(ctx: ExplainContext, ai: number, c: number): string {
  const ga = ctx.terms[ai]!.guarantee;
  const gc = ctx.terms[c]!.guarantee;
  const marks = [`prioritet ${ctx.snapshot.applicants[c]!.priority}`];
  if (gc !== undefined && gc < 0 && !(ga !== undefined && ga < 0)) marks.push('forbi garantifristen');
  else if (gc !== undefined && gc >= 0 && gc < ctx.snapshot.horizonDays && (ga === undefined || ga < 0 || gc < ga)) {
    marks.push(`garantifrist ${dateText(ctx.snapshot, gc)}`);
  }
  return `${personText(ctx, c)} (${marks.join(', ')})`;
}

/** First position in 0..n-1 whose day (ascending in position) is at least `day`; n if none. */
export function firstFrom(n: number, dayOf: (j: number) => number, day: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (dayOf(mid) >= day) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
