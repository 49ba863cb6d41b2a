import type { PlanFigures } from '../../server/proposals/service.ts';
import { formatNok, formatNumber } from '../format.ts';

/** The two columns' names, also each figure's `data-label` on a phone. */
const PLAN = 'Forslaget';
const FCFS = 'Først til mølla';

interface Row { label: string; plan: string; fcfs: string; better: boolean }

const count = (label: string, plan: number, fcfs: number, more = false): Row =>
  ({ label, plan: formatNumber(plan), fcfs: formatNumber(fcfs), better: more ? plan > fcfs : plan < fcfs });

/**
 * What the plan achieves against first come, first served on the same snapshot. Money apart
 * from weights: only overliggerdøgn are billed (days and kroner); waiting and guarantees are
 * weighed by the office's policy and shown as points («vektet»), never as kroner.
 */
export function Comparison({ plan, fcfs }: { plan: PlanFigures; fcfs: PlanFigures }) {
  const money: Row[] = [
    count('Overliggerdøgn', plan.overliggerDays, fcfs.overliggerDays),
    { label: 'Overliggerdøgn i kroner', plan: formatNok(plan.overliggerNok), fcfs: formatNok(fcfs.overliggerNok), better: plan.overliggerNok < fcfs.overliggerNok },
  ];
  const people: Row[] = [
    count('Personer som får plass', plan.placed, fcfs.placed, true),
    count('Ventedager i alt', plan.waitingDays, fcfs.waitingDays),
    count('Garantibrudd (personer)', plan.breaches, fcfs.breaches),
    count('Dager over garantifristen', plan.lateDays, fcfs.lateDays),
  ];
  const weights: Row[] = [
    count('Vektet venting (poeng)', plan.waitingWeight, fcfs.waitingWeight),
    count('Vektet garanti (poeng)', plan.guaranteeWeight, fcfs.guaranteeWeight),
    // The model's total adds the overliggerdøgn kroner to the weights: a measure, not a sum of money.
    count('Samlet vekt i modellen (poeng)', plan.total, fcfs.total),
  ];
  return (
    <table class="ds-table comparison" data-border data-size="sm">
      <caption>Planen sammenlignet med «først til mølla» på samme tall</caption>
      <thead><tr><th></th><th scope="col">{PLAN}</th><th scope="col">{FCFS}</th></tr></thead>
      <Group title="Penger: overliggerdøgn kommunen betaler for" rows={money} />
      <Group title="Ventetid og garantier" rows={people} />
      <Group title="Vekter fra kontorets prioritering (poeng, ikke kroner)" rows={weights} />
    </table>
  );
}

function Group({ title, rows }: { title: string; rows: Row[] }) {
  return (
    <tbody>
      <tr class="comparison-group"><th scope="colgroup" colSpan={3}>{title}</th></tr>
      {rows.map((r) => (
        <tr key={r.label}><th scope="row">{r.label}</th><td class={r.better ? 'better' : undefined} data-label={PLAN}>{r.plan}</td><td data-label={FCFS}>{r.fcfs}</td></tr>
      ))}
    </tbody>
  );
}
