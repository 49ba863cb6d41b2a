import { dayCost, dayCostTerms } from './cost';
import { placeSources, type PlaceSource } from './explain-beds';
import { explainPriority } from './explain-priority';
import { dayText, kr, plural, sentence, unitName } from './explain-text';
import { explainUnplaced } from './explain-unplaced';
import { occupiedUnit } from './rules';
import type { Snapshot } from './snapshot';
import type { IndexedAdmission } from './split';

/** Bokmål explanations: one per final admission and interim stay (same order) and one per unplaced applicant index. */
export interface Explanations {
  admissions: string[];
  interim: string[];
  unplaced: Map<number, string>;
}

/**
 * Explains a plan for the allocation meeting: what each admission achieves (guarantee kept,
 * overliggerdøgn and NOK saved, for whom through which chain), why a lower-priority person is
 * placed before a higher-priority one, and why each unplaced person waits.
 */
export function explainPlan(snapshot: Snapshot, admissions: IndexedAdmission[], interim: IndexedAdmission[] = []): Explanations {
  const sources = placeSources(snapshot, admissions);
  const freedBy = new Map<number, number>();
  sources.forEach((s, i) => s.type === 'chain' && freedBy.set(s.mover, i));
  const ctx = { snapshot, admissions, sources, freedBy, byApplicant: new Map(admissions.map((x, i) => [x.applicant, i])) };
  const unplaced = new Map<number, string>();
  snapshot.applicants.forEach((_, i) => {
    if (!ctx.byApplicant.has(i)) unplaced.set(i, explainUnplaced(snapshot, admissions, i));
  });
  // TODO(explanations helper): v2 texts for interim stays, partners, onlyFor, bookings.
  const interimWhy = interim.map((x) => `${snapshot.applicants[x.applicant]!.id} venter på egen plass på ${unitName(snapshot, x.unit)} ${dayText(snapshot, x.day)}.`);
  return { admissions: admissions.map((_, i) => explainAdmission(ctx, i)), interim: interimWhy, unplaced };
}

/** Shared context of one plan's explanations. */
export interface ExplainContext {
  snapshot: Snapshot;
  admissions: IndexedAdmission[];
  sources: PlaceSource[];
  byApplicant: Map<number, number>;
  /** mover → index of the admission that takes the place the move frees */
  freedBy: Map<number, number>;
}

function explainAdmission(ctx: ExplainContext, i: number): string {
  const { snapshot } = ctx;
  const x = ctx.admissions[i]!;
  const a = snapshot.applicants[x.applicant]!;
  const from = occupiedUnit(a);
  const unit = unitName(snapshot, x.unit);
  const head =
    from === undefined
      ? `${a.id} får plass på ${unit} ${dayText(snapshot, x.day)}`
      : `Flytter ${a.id} fra ${unitName(snapshot, snapshot.units.findIndex((u) => u.id === from))} til ${unit} ${dayText(snapshot, x.day)}`;
  return sentence([head, ...ownGain(snapshot, x), chainGain(ctx, i), explainPriority(ctx, i), sourceNote(ctx, i)]);
}

/** What the admission itself keeps or saves compared with waiting through the whole period. */
function ownGain(snapshot: Snapshot, x: IndexedAdmission): string[] {
  const a = snapshot.applicants[x.applicant]!;
  const t = dayCostTerms(snapshot, a);
  const H = snapshot.horizonDays;
  const out: string[] = [];
  if (t.guarantee !== undefined) {
    if (t.guarantee < 0) out.push(`garantifristen er allerede passert, og plassen stopper flere forsinkelsesdøgn`);
    else if (x.day <= t.guarantee) out.push(`holder garantien (frist ${dayText(snapshot, t.guarantee)})`);
    else out.push(`garantien brytes med ${plural(x.day - t.guarantee, 'døgn', 'døgn')}, men dette er det tidligste planen klarer`);
  }
  if (t.overliggerPerDay > 0) {
    const saved = H - Math.max(x.day, t.ready);
    if (saved > 0) out.push(`sparer ${plural(saved, 'overliggerdøgn', 'overliggerdøgn')} (${kr(saved * t.overliggerPerDay)})`);
  }
  if (out.length === 0) {
    const saved = dayCost(t, H) - dayCost(t, x.day);
    if (saved > 0) out.push(`kortere ventetid sparer ${kr(saved)} i perioden`);
  }
  return out;
}

/** For a move: whose admission the freed bed makes possible, followed down the chain. */
function chainGain(ctx: ExplainContext, i: number): string {
  const { snapshot } = ctx;
  const mover = ctx.admissions[i]!.applicant;
  const j = ctx.freedBy.get(mover) ?? -1;
  if (j < 0) return occupiedUnit(snapshot.applicants[mover]!) === undefined ? '' : 'sengen som blir ledig, trengs ikke i perioden';
  const next = ctx.admissions[j]!;
  const ready = (ctx.sources[j] as { ready: number }).ready;
  const b = snapshot.applicants[next.applicant]!;
  const tb = dayCostTerms(snapshot, b);
  const who = b.location.type === 'hospital' ? `sykehuspasient ${b.id}` : b.id;
  const saved = snapshot.horizonDays - Math.max(next.day, tb.ready);
  const gain =
    tb.overliggerPerDay > 0 && saved > 0
      ? `, som sparer ${plural(saved, 'overliggerdøgn', 'overliggerdøgn')} (${kr(saved * tb.overliggerPerDay)})`
      : `, som sparer ${kr(dayCost(tb, snapshot.horizonDays) - dayCost(tb, next.day))} i ventekostnad`;
  const onward = occupiedUnit(b) !== undefined ? ' og selv flytter videre (se neste ledd i kjeden)' : '';
  const when = next.day > ready ? ` (inn ${dayText(snapshot, next.day)})` : '';
  return `sengen blir ledig ${dayText(snapshot, ready)} for ${who}${when}${gain}${onward}`;
}

function sourceNote(ctx: ExplainContext, i: number): string {
  const s = ctx.sources[i]!;
  if (s.type !== 'chain') return '';
  return `plassen er ledig fordi ${ctx.snapshot.applicants[s.mover]!.id} flytter ut`;
}
