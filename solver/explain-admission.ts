import { earlierPlaceClause, type UnitsByKind } from './explain-earlier';
import { freedBedClause, freedBedTaker, homeUnit, savedInHospital, type ExplainContext } from './explain-context';
import { priorityClause, type PriorityIndex } from './explain-priority';
import { bookingText, breath, dateText, isoToNorwegian, overliggerText, plural, tagList, unitName } from './explain-text';

/** Rank from which a clause only fills an otherwise bare why. */
const FILLER = 4;

/** A candidate reason: lower rank decides more; the why keeps the best one or two. */
export interface Clause {
  rank: number;
  text: string;
  /** a reason the priority clause may give too; the why then says it once */
  kind?: 'chain' | 'guarantee' | 'hospital';
}

/**
 * The why of final admission `i`: who gets which place when (with a partner, moving out of which
 * unit), then the one or two reasons that decide it, then, if a higher-priority person still
 * waits, who that is and why.
 */
export function explainFinal(ctx: ExplainContext, index: PriorityIndex, byKind: UnitsByKind, i: number): string {
  const { snapshot } = ctx;
  const x = ctx.finals[i]!;
  const a = snapshot.applicants[x.applicant]!;
  const partner = ctx.partnerOf[x.applicant]!;
  const home = homeUnit(ctx, a);
  const head =
    `${a.id} får plass på ${unitName(snapshot, x.unit)} ${dateText(snapshot, x.day)}` +
    (partner >= 0 ? ` sammen med ${snapshot.applicants[partner]!.id}` : '') +
    (home !== undefined ? ` og flytter fra ${unitName(snapshot, home)}` : '');
  const skip = new Set([partner, freedBedTaker(ctx, x.applicant) ?? -1]);
  const ahead = priorityClause(ctx, index, { ...x, interim: false }, skip);
  const own = finalClauses(ctx, byKind, i, ahead?.kind).filter((c) => c.kind === undefined || c.kind !== ahead?.kind);
  own.sort((p, q) => p.rank - q.rank);
  // Fillers (a preference kept, the vedtak date) only when nothing else is said.
  // Beside a named higher-priority person, only a reason that decides (rank ≤ 1) still fits the breath.
  const said = own.filter((c, k) => (ahead ? c.rank <= 1 : c.rank < FILLER || k === 0)).slice(0, ahead ? 1 : 2);
  return breath(head, said.map((c) => c.text), ahead?.text);
}

/** Every reason that may decide final admission `i`, ranked; `said` is what the priority clause says already. */
export function finalClauses(ctx: ExplainContext, byKind: UnitsByKind, i: number, said?: string): Clause[] {
  const { snapshot } = ctx;
  const x = ctx.finals[i]!;
  const a = snapshot.applicants[x.applicant]!;
  const t = ctx.terms[x.applicant]!;
  const unit = snapshot.units[x.unit]!;
  const out: Clause[] = [...moveClauses(ctx, i, said), ...guaranteeClauses(ctx, i)];
  if ((unit.onlyFor ?? []).length > 0) out.push({ rank: 1, text: `trenger ${tagList(unit.onlyFor!)}` });
  else if (a.requires.length > 0) out.push({ rank: 3, text: `trenger ${tagList(a.requires)}` });
  const saved = ctx.interimOf[x.applicant]! >= 0 ? 0 : savedInHospital(ctx, x.applicant, x.day);
  if (saved > 0) {
    const direct = x.day === t.ready ? 'kommer rett fra sykehuset og ' : '';
    out.push({ rank: 2, text: `${direct}sparer ${overliggerText(saved, t.overliggerPerDay)}`, kind: 'hospital' });
  }
  out.push(...sourceClauses(ctx, i));
  const earlier = earlierPlaceClause(ctx, byKind, i);
  if (earlier) out.push(earlier);
  if (x.day === t.ready && t.ready > 0) {
    out.push({ rank: 3, text: `${a.location.type === 'hospital' ? 'er utskrivningsklar' : 'kan tidligst flytte inn'} ${dateText(snapshot, t.ready)}` });
  }
  const pref = a.preferredUnits ?? [];
  // Waiting for a preferred unit is what a preference costs; otherwise it only fills.
  if (pref.includes(unit.id) && x.day > t.ready) out.push({ rank: 1, text: 'venter på ønsket enhet' });
  else if (pref.length > 0) out.push({ rank: 4, text: pref.includes(unit.id) ? 'ønsket enhet' : 'ikke blant de ønskede enhetene' });
  if (a.decisionDate !== undefined) out.push({ rank: 5, text: `har vedtak fra ${isoToNorwegian(a.decisionDate)}` });
  return out;
}

/** A couple waiting for two places; where an interim guest waits; who gets the bed a move frees. */
function moveClauses(ctx: ExplainContext, i: number, said?: string): Clause[] {
  const { snapshot } = ctx;
  const x = ctx.finals[i]!;
  const out: Clause[] = [];
  const partner = ctx.partnerOf[x.applicant]!;
  if (partner >= 0 && x.day > Math.max(ctx.terms[x.applicant]!.ready, ctx.terms[partner]!.ready)) {
    out.push({ rank: 0, text: `venter til ${unitName(snapshot, x.unit)} har to ledige plasser samme dag` });
  }
  const stay = ctx.interimOf[x.applicant]! >= 0 ? ctx.interim[ctx.interimOf[x.applicant]!]! : undefined;
  const chain = said === 'chain' ? '' : freedBedClause(ctx, x.applicant, 'sengen der');
  if (stay) {
    // One clause: where the person waits, and who gets that bed after.
    const waits = `venter fram til da på ${unitName(snapshot, stay.unit)} fra ${dateText(snapshot, stay.day)}`;
    out.push({ rank: 1, text: chain === '' ? waits : `${waits}, og ${chain}` });
  } else if (chain !== '') {
    out.push({ rank: 1, text: chain, kind: 'chain' });
  }
  return out;
}

function guaranteeClauses(ctx: ExplainContext, i: number): Clause[] {
  const x = ctx.finals[i]!;
  const g = ctx.terms[x.applicant]!.guarantee;
  if (g === undefined) return [];
  const date = dateText(ctx.snapshot, g);
  if (g < 0) return [{ rank: 1, text: `garantifristen gikk ut ${date}`, kind: 'guarantee' }];
  if (x.day > g) return [{ rank: 2, text: `garantifristen ${date} brytes med ${plural(x.day - g, 'døgn', 'døgn')}` }];
  // A deadline the plan would keep anyway (beyond the priced days) decides nothing.
  return g < ctx.unplacedDay ? [{ rank: 2, text: `holder garantifristen ${date}`, kind: 'guarantee' }] : [];
}

/** Why the place is not free earlier, when the person waited for it: a booking, a move, a departure. */
function sourceClauses(ctx: ExplainContext, i: number): Clause[] {
  const { snapshot } = ctx;
  const x = ctx.finals[i]!;
  if (x.day <= ctx.terms[x.applicant]!.ready) return [];
  const source = ctx.ledger.finalSource[i];
  if (source?.type === 'booking') return [{ rank: 1, text: `plassen er holdt av til avlastning ${bookingText(source.booking)}` }];
  if (source?.type === 'release') {
    const mover = snapshot.applicants[source.mover]!;
    const how = ctx.interimOf[source.mover]! >= 0 ? 'flytter videre til egen plass' : 'flytter ut';
    return [{ rank: 2, text: `plassen blir ledig når ${mover.id} ${how}` }];
  }
  if (source?.type === 'listed' && source.ready === x.day) return [{ rank: 3, text: `plassen blir ledig ${dateText(snapshot, x.day)}` }];
  return [];
}
