import { dateOfDay } from './days';
import type { Clause } from './explain-admission';
import { homeUnit, type ExplainContext } from './explain-context';
import { placeTakers, type TakersIndex } from './explain-takers';
import { bookingText, breath, dateText, overliggerText, sentence, tagList, unitKindWord, unitName } from './explain-text';
import { canTake, unfitReason } from './rules';

/**
 * Why applicant `ai` gets no place within the horizon: not ready in time, no unit may take it,
 * a partner to move in with, or who takes the places it could have had (and why they come
 * first); then where the person waits (an interim bed, its own unit, hospital) or the guarantee.
 */
export function explainUnplaced(ctx: ExplainContext, index: TakersIndex, ai: number): string {
  const { snapshot } = ctx;
  const a = snapshot.applicants[ai]!;
  const s = ctx.terms[ai]!.ready;
  const H = snapshot.horizonDays;
  if (s >= H) return sentence([`${a.id} er ikke klar før ${dateText(snapshot, s)}, etter planperioden`]);
  const fitting = snapshot.units.flatMap((u, k) => (canTake(a, u) ? [k] : []));
  if (fitting.length === 0) return sentence([noUnitText(ctx, ai), ...waitClauses(ctx, ai).slice(0, 1).map((c) => c.text)]);
  const partner = ctx.partnerOf[ai]!;
  const takers = placeTakers(ctx, index, ai, fitting);
  const head =
    partner >= 0
      ? `${a.id} skal flytte inn sammen med ${snapshot.applicants[partner]!.id} og får ingen plass i perioden`
      : takers === ''
        ? `Ingen passende plass blir ledig for ${a.id} i perioden`
        : `${a.id} får ingen plass i perioden`;
  const clauses: string[] = [];
  if (partner >= 0) clauses.push('de trenger to ledige plasser samme dag');
  if (takers !== '') clauses.push(takers);
  else if (partner < 0) clauses.push(...[bookingNote(ctx, fitting, s)].filter((c) => c !== ''));
  const rest = waitClauses(ctx, ai).sort((p, q) => p.rank - q.rank);
  return breath(head, [...clauses, ...rest.slice(0, clauses.length > 0 ? 1 : 2).map((c) => c.text)]);
}

/** Why no unit may take applicant `ai` at all: its kind, its needs, or the first units that rule it out. */
function noUnitText(ctx: ExplainContext, ai: number): string {
  const { snapshot } = ctx;
  const a = snapshot.applicants[ai]!;
  const ofKind = snapshot.units.filter((u) => u.kind === a.kind);
  const kindWord = unitKindWord(a.kind);
  if (ofKind.length === 0) return `Ingen ${kindWord} kan ta imot ${a.id}`;
  const withTags = snapshot.units.flatMap((u, k) => (u.kind === a.kind && a.requires.every((t) => u.tags.includes(t)) ? [k] : []));
  if (withTags.length === 0) return `Ingen ${kindWord} med ${tagList(a.requires)} kan ta imot ${a.id}`;
  const reasons = new Set<string>();
  for (const k of withTags) {
    const u = snapshot.units[k]!;
    const name = unitName(snapshot, k);
    const why = unfitReason(a, u);
    if (why === 'onlyFor') reasons.add(`${name} er bare for dem som trenger ${tagList((u.onlyFor ?? []).filter((t) => !a.requires.includes(t)))}`);
    if (why === 'excluded') reasons.add(`${a.id} skal ikke ha plass på ${name}`);
    if (why === 'occupied') reasons.add(`${a.id} bor allerede på ${name}`);
    if (reasons.size === 2) break;
  }
  return `Ingen ${kindWord} kan ta imot ${a.id}: ${[...reasons].join(', og ')}`;
}

/** A booking in a fitting unit that holds a place within the person's waiting days, if any. */
function bookingNote(ctx: ExplainContext, fitting: number[], ready: number): string {
  const { snapshot } = ctx;
  const end = dateOfDay(snapshot.today, snapshot.horizonDays);
  const start = dateOfDay(snapshot.today, ready);
  for (const k of fitting) {
    for (const b of snapshot.units[k]!.bookings ?? []) {
      if (b.from < end && b.to > start) {
        return `en plass på ${unitName(snapshot, k)} er holdt av til avlastning ${bookingText(b)}`;
      }
    }
  }
  return '';
}

/** Where the person waits meanwhile, and the guarantee the plan cannot keep. */
function waitClauses(ctx: ExplainContext, ai: number): Clause[] {
  const { snapshot } = ctx;
  const a = snapshot.applicants[ai]!;
  const t = ctx.terms[ai]!;
  const out: Clause[] = [];
  const s = ctx.interimOf[ai]!;
  const home = homeUnit(ctx, a);
  if (s >= 0) {
    const stay = ctx.interim[s]!;
    out.push({ rank: 0, text: `venter på egen plass på ${unitName(snapshot, stay.unit)} fra ${dateText(snapshot, stay.day)}` });
  } else if (home !== undefined) {
    out.push({ rank: 2, text: `blir værende på ${unitName(snapshot, home)}` });
  } else if (t.overliggerPerDay > 0) {
    const days = snapshot.horizonDays - t.ready;
    out.push({ rank: 2, text: `blir liggende på sykehus, ${overliggerText(days, t.overliggerPerDay)} i perioden` });
  }
  const g = t.guarantee;
  if (g !== undefined && g < 0) out.push({ rank: 1, text: `garantifristen gikk ut ${dateText(snapshot, g)}` });
  else if (g !== undefined && g < snapshot.horizonDays) out.push({ rank: 1, text: `garantifristen ${dateText(snapshot, g)} blir ikke holdt` });
  return out;
}
