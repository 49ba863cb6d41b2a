import { personText, type ExplainContext, type UnitUses } from './explain-context';
import { dateText } from './explain-text';

/**
 * Who takes the places in `fitting` units that waiting applicant `ai` could have had (used on
 * or after its ready day): "den ene passende plassen går til P-3401 (prioritet 1, forbi
 * garantifristen)", at most two named, the earliest first; '' when there are none. O(fitting
 * units × log) per call.
 */
export function placeTakers(ctx: ExplainContext, ai: number, fitting: number[]): string {
  const uses = ctx.uses;
  const ready = ctx.terms[ai]!.ready;
  const partner = ctx.partnerOf[ai]!;
  let count = 0;
  const first: UnitUses[number] = [];
  for (const k of fitting) {
    const list = uses[k]!;
    const from = firstFrom(list, ready);
    count += list.length - from;
    for (let j = from; j < list.length && j < from + 3; j++) if (list[j]!.applicant !== partner) first.push(list[j]!);
  }
  if (count === 0) return '';
  first.sort((p, q) => p.day - q.day || p.applicant - q.applicant);
  const named = [...new Set(first.map((u) => u.applicant))].slice(0, 2);
  const places = count === 1 ? 'den ene passende plassen' : `de ${count} passende plassene`;
  const since = ready > 0 ? ` fra ${dateText(ctx.snapshot, ready)}` : '';
  const who = named.map((c) => takerText(ctx, ai, c, first.find((u) => u.applicant === c)!.interim)).join(' og ');
  return `${places}${since} går til ${who}${count > named.length ? ' m.fl.' : ''}`;
}

/** A taker with what puts it first: "P-3401 (prioritet 1, forbi garantifristen)". */
function takerText(ctx: ExplainContext, ai: number, c: number, interim: boolean): string {
  const a = ctx.snapshot.applicants[ai]!;
  const other = ctx.snapshot.applicants[c]!;
  const ga = ctx.terms[ai]!.guarantee;
  const gc = ctx.terms[c]!.guarantee;
  const marks: string[] = [];
  if (other.priority < a.priority) marks.push(`prioritet ${other.priority}`);
  if (gc !== undefined && gc < 0 && !(ga !== undefined && ga < 0)) marks.push('forbi garantifristen');
  else if (gc !== undefined && gc >= 0 && gc < ctx.snapshot.horizonDays && (ga === undefined || ga < 0 || gc < ga)) marks.push(`garantifrist ${dateText(ctx.snapshot, gc)}`);
  if (interim) marks.push('venter der på egen plass');
  else if (ctx.ledger.releaseUser.has(c)) marks.push('frigjør en seng');
  const name = a.location.type === 'hospital' ? other.id : personText(ctx, c);
  return marks.length === 0 ? name : `${name} (${marks.slice(0, 2).join(', ')})`;
}

function firstFrom(list: UnitUses[number], day: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.day >= day) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
