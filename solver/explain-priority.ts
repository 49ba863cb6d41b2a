import { finalDay, firstDay, type ExplainContext } from './explain-context';
import { whyAhead, type Ahead } from './explain-ahead';
import { interimUnfitReason, unfitReason } from './rules';
import type { UnitKind } from './snapshot';

/** A place taken by applicant `applicant` in `unit` on `day`, as final admission or interim stay. */
export interface TakenPlace {
  applicant: number;
  unit: number;
  day: number;
  interim: boolean;
}

/** Applicants who may compete for places, sorted by the day they stop waiting (Infinity last). */
interface Group { people: number[]; until: number[] }

/** Per kind and priority, who waits for a final place; per priority, who may wait in korttid. */
export interface PriorityIndex {
  finals: Map<string, Group>;
  interim: Map<number, Group>;
}

/** Candidates looked at per priority group and place: keeps a 5,000-person plan linear. */
const SCAN = 24;

/** Builds the index once per plan: O(applicants log applicants). */
export function priorityIndex(ctx: ExplainContext): PriorityIndex {
  const finals = new Map<string, number[]>();
  const interim = new Map<number, number[]>();
  ctx.snapshot.applicants.forEach((a, i) => {
    push(finals, `${a.kind}/${a.priority}`, i);
    if (a.interim !== undefined) push(interim, a.priority, i);
  });
  const group = (list: number[], until: (i: number) => number): Group => {
    const sorted = list.map((i) => ({ i, u: until(i) })).sort((x, y) => x.u - y.u || x.i - y.i);
    return { people: sorted.map((s) => s.i), until: sorted.map((s) => s.u) };
  };
  return {
    finals: new Map([...finals].map(([k, l]) => [k, group(l, (i) => finalDay(ctx, i))])),
    interim: new Map([...interim].map(([k, l]) => [k, group(l, (i) => firstDay(ctx, i))])),
  };
}

function push<K>(map: Map<K, number[]>, key: K, i: number): void {
  const list = map.get(key);
  if (list) list.push(i);
  else map.set(key, [i]);
}

/**
 * When a higher-priority person still waits while `taken` goes to a lower-priority one, names
 * one such person and why: a need the unit lacks or the unit is only for, not ready yet, or, for
 * someone who could have taken it, the deciding trade-off (see explain-ahead.ts). Prefers people
 * who could have taken the place, then those not ready, then those it does not fit; `skip` holds
 * people the why names already. Undefined when nobody of higher priority waits.
 */
export function priorityClause(ctx: ExplainContext, index: PriorityIndex, taken: TakenPlace, skip: ReadonlySet<number>): Ahead | undefined {
  const a = ctx.snapshot.applicants[taken.applicant]!;
  const kind = ctx.snapshot.units[taken.unit]!.kind;
  let best: { rank: number; b: number; interim: boolean } | undefined;
  for (let p = 1; p < a.priority && (best === undefined || best.rank > 0); p++) {
    for (const [group, interim] of candidateGroups(index, kind, p)) {
      const b = scan(ctx, group, taken, interim, skip);
      if (b !== undefined && (best === undefined || b.rank < best.rank)) best = { ...b, interim };
    }
  }
  if (best === undefined) return undefined;
  const other = ctx.snapshot.applicants[best.b]!;
  const reason = whyAhead(ctx, taken, best.b, best.interim);
  return { ...reason, text: `har prioritet ${a.priority} og går foran ${other.id} (prioritet ${other.priority})${reason.text}` };
}

function candidateGroups(index: PriorityIndex, kind: UnitKind, p: number): [Group, boolean][] {
  const out: [Group, boolean][] = [];
  const finals = index.finals.get(`${kind}/${p}`);
  if (finals) out.push([finals, false]);
  const interim = index.interim.get(p);
  if (kind === 'korttid' && interim) out.push([interim, true]);
  return out;
}

/** The most telling waiting person of one group: 0 could have taken it, 1 not ready, 2 unfit. */
function scan(ctx: ExplainContext, g: Group, taken: TakenPlace, interim: boolean, skip: ReadonlySet<number>) {
  const unit = ctx.snapshot.units[taken.unit]!;
  const first = firstAfter(g.until, taken.day);
  let best: { rank: number; b: number } | undefined;
  // From the end: people with no place at all first, they are the ones a coordinator asks about.
  for (let k = g.people.length - 1, seen = 0; k >= first && seen < SCAN; k--, seen++) {
    const b = g.people[k]!;
    if (b === taken.applicant || b === ctx.partnerOf[taken.applicant] || skip.has(b)) continue;
    const other = ctx.snapshot.applicants[b]!;
    const unfit = interim ? interimUnfitReason(other, unit) : unfitReason(other, unit);
    const rank = unfit !== null ? 2 : ctx.terms[b]!.ready > taken.day ? 1 : 0;
    if (best === undefined || rank < best.rank) best = { rank, b };
    if (rank === 0) break;
  }
  return best;
}

/** First index whose value is above `day` in an ascending list. */
function firstAfter(sorted: number[], day: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! > day) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
