import { finalDay, firstDay, freedBedTaker, homeUnit, placeUserText, type ExplainContext } from './explain-context';
import type { TakenPlace } from './explain-priority';
import { dateText, isoToNorwegian, tagList, unitName } from './explain-text';
import { interimUnfitReason, unfitReason } from './rules';

/** Why a lower-priority person goes ahead of a higher-priority one. */
export type AheadKind =
  | 'tags' | 'onlyFor' | 'excluded' | 'occupied' | 'notReady' | 'partner' | 'guarantee'
  | 'chain' | 'hospital' | 'interim' | 'preference' | 'later' | 'plan';

/** A reason clause (its text starts with ", " to follow a name) and the applicants it names. */
export interface Ahead {
  kind: AheadKind;
  text: string;
  names: number[];
}

/**
 * Why `b` (higher priority, still waiting on `taken.day`) does not get the place `taken`: first
 * what rules it out (a need the unit lacks, the unit only for a need `b` lacks, an exclusion,
 * `b`'s own unit, not ready), else the deciding trade-off, in that order: `b` must move in with
 * a partner, the taker is past its guarantee, the move frees a bed for someone, the taker lies in
 * hospital and `b` does not, the taker's guarantee, `b` waits in an interim bed, `b` prefers
 * another unit, `b` gets a place later.
 */
export function whyAhead(ctx: ExplainContext, taken: TakenPlace, b: number, interim: boolean): Ahead {
  return ruledOut(ctx, taken, b, interim) ?? tradeOff(ctx, taken, b) ?? later(ctx, taken, b);
}

function ruledOut(ctx: ExplainContext, taken: TakenPlace, b: number, interim: boolean): Ahead | undefined {
  const unit = ctx.snapshot.units[taken.unit]!;
  const name = unitName(ctx.snapshot, taken.unit);
  const other = ctx.snapshot.applicants[b]!;
  const needs = (interim ? other.interim?.requires : other.requires) ?? [];
  const says = (kind: AheadKind, text: string): Ahead => ({ kind, text, names: [b] });
  switch (interim ? interimUnfitReason(other, unit) : unfitReason(other, unit)) {
    case 'tags':
      return says('tags', `, som trenger ${tagList(needs.filter((t) => !unit.tags.includes(t)))}, noe ${name} ikke har`);
    case 'onlyFor':
      return says('onlyFor', `, men ${name} er bare for dem som trenger ${tagList((unit.onlyFor ?? []).filter((t) => !needs.includes(t)))}`);
    case 'excluded':
      return says('excluded', `, som ikke skal ha plass på ${name}`);
    case 'occupied':
      return says('occupied', `, som allerede bor på ${name}`);
    default:
  }
  const ready = ctx.terms[b]!.ready;
  if (ready > taken.day) return says('notReady', `, som ikke er klar før ${dateText(ctx.snapshot, ready)}`);
  const partner = ctx.partnerOf[b]!;
  if (partner >= 0) {
    const p = ctx.snapshot.applicants[partner]!;
    return { kind: 'partner', text: `, som skal flytte inn sammen med ${p.id} og venter på to ledige plasser samme dag`, names: [b, partner] };
  }
  return undefined;
}

/**
 * Why `taken` goes to its taker rather than to `b`, who could have taken it (fits, ready): the
 * trade-offs of {@link whyAhead}, else that the taker was ready first or has the earlier vedtak;
 * undefined when none of them holds (the two weigh the same). `brief` leaves out what a freed bed saves.
 */
export function whyTaken(ctx: ExplainContext, taken: TakenPlace, b: number, brief = false): Ahead | undefined {
  const found = tradeOff(ctx, taken, b, brief);
  if (found) return found;
  const a = ctx.snapshot.applicants[taken.applicant]!;
  const other = ctx.snapshot.applicants[b]!;
  if (ctx.terms[taken.applicant]!.ready < ctx.terms[b]!.ready) {
    return { kind: 'later', text: `, fordi ${a.id} var klar før`, names: [b] };
  }
  if (a.decisionDate !== undefined && (other.decisionDate === undefined || a.decisionDate < other.decisionDate)) {
    return { kind: 'later', text: `, fordi ${a.id} har ventet lenger (vedtak fra ${isoToNorwegian(a.decisionDate)})`, names: [b] };
  }
  return undefined;
}

function tradeOff(ctx: ExplainContext, taken: TakenPlace, b: number, brief = false): Ahead | undefined {
  const { snapshot } = ctx;
  const a = snapshot.applicants[taken.applicant]!;
  const other = snapshot.applicants[b]!;
  const ga = ctx.terms[taken.applicant]!.guarantee;
  const gb = ctx.terms[b]!.guarantee;
  if (ga !== undefined && ga < 0 && !(gb !== undefined && gb < 0)) {
    return { kind: 'guarantee', text: `, fordi ${a.id} allerede er forbi garantifristen`, names: [b] };
  }
  const user = taken.interim ? undefined : ctx.ledger.releaseUser.get(taken.applicant);
  if (user !== undefined) {
    const taker = freedBedTaker(ctx, taken.applicant);
    const text = `, fordi flyttingen frigjør en seng for ${placeUserText(ctx, user, false, !brief)}`;
    return { kind: 'chain', text, names: taker === undefined ? [b] : [b, taker] };
  }
  const where = waitsOutsideHospital(ctx, b, taken.day);
  if (a.location.type === 'hospital' && taken.day === firstDay(ctx, taken.applicant) && where !== undefined) {
    return { kind: 'hospital', text: `, fordi ${a.id} ligger på sykehus og ${other.id} venter ${where}`, names: [b] };
  }
  // A breach that is already sunk (gb < 0) does not weigh against keeping a deadline still ahead.
  if (ga !== undefined && ga >= 0 && ga < ctx.unplacedDay && taken.day <= ga && (gb === undefined || gb < 0 || gb > ga)) {
    return { kind: 'guarantee', text: `, fordi garantifristen for ${a.id} er ${dateText(snapshot, ga)}`, names: [b] };
  }
  const s = ctx.interimOf[b]!;
  if (s >= 0 && ctx.interim[s]!.day <= taken.day) {
    const stay = ctx.interim[s]!;
    return { kind: 'interim', text: `, som venter på ${unitName(snapshot, stay.unit)} fra ${dateText(snapshot, stay.day)}`, names: [b] };
  }
  const pref = other.preferredUnits ?? [];
  if (!taken.interim && pref.length > 0 && !pref.includes(snapshot.units[taken.unit]!.id)) {
    return { kind: 'preference', text: `, som ønsker en annen enhet`, names: [b] };
  }
  return undefined;
}

/** Where `b` waits on `day` when not in hospital: "hjemme", "på <unit>"; undefined in hospital. */
function waitsOutsideHospital(ctx: ExplainContext, b: number, day: number): string | undefined {
  const other = ctx.snapshot.applicants[b]!;
  const s = ctx.interimOf[b]!;
  if (s >= 0 && ctx.interim[s]!.day <= day) return `på ${unitName(ctx.snapshot, ctx.interim[s]!.unit)}`;
  if (other.location.type === 'home') return 'hjemme';
  const home = homeUnit(ctx, other);
  return home === undefined ? undefined : `på ${unitName(ctx.snapshot, home)}`;
}

function later(ctx: ExplainContext, taken: TakenPlace, b: number): Ahead {
  const f = ctx.finalOf[b]!;
  // Only facts here: the same texts explain plans that are not optimal (first come, first served).
  if (f < 0) return { kind: 'plan', text: ', som ikke får plass i perioden', names: [b] };
  const x = ctx.finals[f]!;
  const where = x.unit === taken.unit ? '' : ` på ${unitName(ctx.snapshot, x.unit)}`;
  return { kind: 'later', text: `, som får plass ${dateText(ctx.snapshot, finalDay(ctx, b))}${where}`, names: [b] };
}
