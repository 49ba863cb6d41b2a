import type { PlanFigures } from '../../server/proposals/service.ts';
import { formatNok, formatNumber } from '../format.ts';

/** The two columns' names, also each figure's `data-label` on a phone. */
const PLAN = 'Forslaget';
const FCFS = 'Først til mølla';

/** What the plan achieves against first come, first served on the same snapshot. */
export function Comparison({ plan, fcfs }: { plan: PlanFigures; fcfs: PlanFigures }) {
  const rows: { label: string; plan: string; fcfs: string; better: boolean }[] = [
    { label: 'Overliggerdøgn', plan: String(plan.overliggerDays), fcfs: String(fcfs.overliggerDays), better: plan.overliggerDays < fcfs.overliggerDays },
    { label: 'Overliggerdøgn i kroner', plan: formatNok(plan.overliggerNok), fcfs: formatNok(fcfs.overliggerNok), better: plan.overliggerNok < fcfs.overliggerNok },
    { label: 'Garantibrudd som kan unngås', plan: String(plan.breaches), fcfs: String(fcfs.breaches), better: plan.breaches < fcfs.breaches },
    { label: 'Ventedager i alt', plan: String(plan.waitingDays), fcfs: String(fcfs.waitingDays), better: plan.waitingDays < fcfs.waitingDays },
    { label: 'Personer som får plass', plan: String(plan.placed), fcfs: String(fcfs.placed), better: plan.placed > fcfs.placed },
    // Only overliggerdøgn are money; the total weighs waiting and guarantees by the office's policy, so it is no sum of kroner.
    { label: 'Samlet vekt (modell, ikke kroner)', plan: formatNumber(plan.total), fcfs: formatNumber(fcfs.total), better: plan.total < fcfs.total },
  ];
  return (
    <table class="ds-table comparison" data-border data-size="sm">
      <caption>Planen sammenlignet med «først til mølla» på samme tall</caption>
      <thead><tr><th></th><th>{PLAN}</th><th>{FCFS}</th></tr></thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.label}><th scope="row">{r.label}</th><td class={r.better ? 'better' : undefined} data-label={PLAN}>{r.plan}</td><td data-label={FCFS}>{r.fcfs}</td></tr>
        ))}
      </tbody>
    </table>
  );
}
