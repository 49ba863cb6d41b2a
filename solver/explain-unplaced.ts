import { dayCost, dayCostTerms } from './cost';
import { dayText, kr, sentence, unitName } from './explain-text';
import { canTake, occupiedUnit } from './rules';
import type { Snapshot } from './snapshot';
import type { IndexedAdmission } from './split';

/** Why applicant `ai` gets no place within the horizon, and what waiting costs. */
export function explainUnplaced(snapshot: Snapshot, admissions: IndexedAdmission[], ai: number): string {
  const a = snapshot.applicants[ai]!;
  const t = dayCostTerms(snapshot, a);
  const H = snapshot.horizonDays;
  const waitCost = dayCost(t, H);
  const costText = waitCost > 0 ? `å vente hele perioden koster ${kr(waitCost)}` : '';
  if (t.ready >= H) return sentence([`${a.id} er klar først ${dayText(snapshot, t.ready)}, etter planperioden`]);
  const fitting = new Set(snapshot.units.map((u, i) => (canTake(a, u) ? i : -1)).filter((i) => i >= 0));
  if (fitting.size === 0) {
    const needs = a.requires.length > 0 ? ` med ${a.requires.join(' og ')}` : '';
    return sentence([`Ingen enhet for ${a.kind}${needs} kan ta imot ${a.id}`, costText]);
  }
  const takers = admissions.filter((x) => fitting.has(x.unit) && x.day >= t.ready);
  const stay = occupiedUnit(a);
  const head =
    takers.length === 0
      ? `Ingen passende plass blir ledig for ${a.id} i perioden`
      : `${takers.length === 1 ? 'Den ene passende plassen' : `De ${takers.length} passende plassene`} ${a.id} kunne fått i perioden, gir større gevinst for andre (${takers
          .slice(0, 3)
          .map((x) => snapshot.applicants[x.applicant]!.id)
          .join(', ')}${takers.length > 3 ? ' m.fl.' : ''})`;
  const where = stay !== undefined ? `${a.id} blir værende på ${unitName(snapshot, snapshot.units.findIndex((u) => u.id === stay))}` : '';
  return sentence([head, where, guaranteeNote(snapshot, t.guarantee), costText]);
}

function guaranteeNote(snapshot: Snapshot, g: number | undefined): string {
  if (g === undefined || g >= snapshot.horizonDays) return '';
  if (g < 0) return 'garantifristen er allerede passert';
  return `garantifristen ${dayText(snapshot, g)} blir ikke holdt`;
}
