import { readyDay } from './cost';
import type { ExplainContext } from './explain';
import { dayText, unitName } from './explain-text';
import { unfitReason } from './rules';

/**
 * When a lower-priority person is placed before a higher-priority one of the same kind (who is
 * unplaced or placed later), says why that person did not get this place.
 */
export function explainPriority(ctx: ExplainContext, i: number): string {
  const { snapshot, admissions } = ctx;
  const x = admissions[i]!;
  const a = snapshot.applicants[x.applicant]!;
  const reasons: string[] = [];
  for (let b = 0; b < snapshot.applicants.length && reasons.length < 2; b++) {
    const other = snapshot.applicants[b]!;
    if (other.kind !== a.kind || other.priority >= a.priority) continue;
    const j = ctx.byApplicant.get(b);
    if (j !== undefined && admissions[j]!.day <= x.day) continue;
    reasons.push(whyNot(ctx, i, b, j));
  }
  if (reasons.length === 0) return '';
  return `${a.id} har prioritet ${a.priority} og får plass før noen med høyere prioritet: ${reasons.join(', ')}`;
}

function whyNot(ctx: ExplainContext, i: number, b: number, j: number | undefined): string {
  const { snapshot } = ctx;
  const x = ctx.admissions[i]!;
  const unit = snapshot.units[x.unit]!;
  const other = snapshot.applicants[b]!;
  const who = `${other.id} (prioritet ${other.priority})`;
  const reason = unfitReason(other, unit);
  if (reason === 'tags') {
    const missing = other.requires.filter((t) => !unit.tags.includes(t));
    return `${who} trenger ${missing.join(' og ')}, som ${unitName(snapshot, x.unit)} ikke har`;
  }
  if (reason === 'excluded') return `${who} skal ikke ha plass på ${unitName(snapshot, x.unit)}`;
  if (reason === 'occupied') return `${who} bor allerede på ${unitName(snapshot, x.unit)}`;
  const ready = readyDay(snapshot, other);
  if (ready > x.day) return `${who} er ikke klar før ${dayText(snapshot, ready)}`;
  if (j !== undefined) {
    const later = ctx.admissions[j]!;
    return `${who} får plass ${dayText(snapshot, later.day)} på ${unitName(snapshot, later.unit)}, og samlet koster planen da minst`;
  }
  return `${who} venter fordi de plassene som finnes, gir lavere samlet kostnad brukt slik`;
}
