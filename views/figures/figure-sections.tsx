/** Nøkkeltall's sections: each a heading, its table against the period before, its charts and its formula. */
import type { ComponentChildren } from 'preact';
import type { Figures } from '../../db/figures/types.ts';
import { formatNumber, formatPercent } from '../format.ts';
import { MonthChart } from './charts/month-chart.tsx';
import { breachSeries, overliggerSeries, withinTargetSeries } from './charts/figure-series.ts';
import { ComparisonTable, type MeasureRow } from './comparison-table.tsx';
import type { FigurePageData, FormulaText, SectionId } from './figure-types.ts';
import {
  appealRows, caseTimeRows, dischargeRows, guaranteeRows, occupancyRows, overliggerRows, vedtakRows, waitingAtEndRows, waitingTimeRows,
} from './measure-rows.ts';

type Pair = { current: Figures; previous: Figures };

interface SectionSpec {
  id: SectionId;
  title: string;
  rows: (pair: Pair) => MeasureRow[];
  charts?: (data: FigurePageData) => ComponentChildren;
}

const pct = (v: number) => formatPercent(v);
const count = (v: number) => formatNumber(v);

export const SECTIONS: SectionSpec[] = [
  { id: 'vedtak', title: 'Vedtak etter type og utfall', rows: vedtakRows },
  {
    id: 'caseTime', title: 'Saksbehandlingstid', rows: caseTimeRows,
    charts: ({ months }) => (
      <MonthChart id="graf-saksbehandling" title="Andel vedtak innen målet for saksbehandlingstid, per måned" variant="line"
        points={withinTargetSeries(months)} format={pct} valueHeading="Andel innen målet" ceiling={100} />
    ),
  },
  {
    id: 'guarantees', title: 'Garantibrudd', rows: guaranteeRows,
    charts: ({ current, months }) => (
      <MonthChart id="graf-garantibrudd" title="Andel garantibrudd per måned" variant="line" points={breachSeries(months)} format={pct} ceiling={100}
        valueHeading="Andel brudd" target={{ value: current.targets.guaranteeBreachPct, direction: 'max', label: `Mål: høyst ${pct(current.targets.guaranteeBreachPct)}` }} />
    ),
  },
  {
    id: 'overligger', title: 'Overliggerdøgn', rows: overliggerRows,
    charts: ({ months }) => (
      <MonthChart id="graf-overligger" title="Overliggerdøgn per måned" variant="bar" points={overliggerSeries(months)}
        format={(v) => `${count(v)} døgn`} tickFormat={count} valueHeading="Overliggerdøgn" />
    ),
  },
  { id: 'discharged', title: 'Utskrivningsklare pasienter og hvor de dro', rows: dischargeRows },
  { id: 'waitingAtEnd', title: 'Venteliste ved periodens slutt, etter hvor de venter', rows: waitingAtEndRows },
  { id: 'waitingTime', title: 'Ventetid til plass', rows: waitingTimeRows },
  { id: 'occupancy', title: 'Belegg og sirkulasjon', rows: occupancyRows },
  { id: 'appeals', title: 'Klager og utfall', rows: appealRows },
];

export function FigureSection({ spec, data, formula }: { spec: SectionSpec; data: FigurePageData; formula?: FormulaText[] }) {
  const headingId = `seksjon-${spec.id}`;
  const rows = spec.rows(data);
  return (
    <section class="figure-section" aria-labelledby={headingId}>
      <h3 class="ds-heading" data-size="sm" id={headingId}>{spec.title}</h3>
      {rows.length > 0
        ? <ComparisonTable caption={`${spec.title}: ${data.current.period.label} mot ${data.previous.period.label}`}
            currentLabel={data.current.period.label} previousLabel={data.previous.period.label} rows={rows} />
        : <p class="ds-paragraph">Ingen tall i perioden.</p>}
      {spec.charts?.(data)}
      {formula && formula.length > 0 && (
        <details class="ds-details figure-formula">
          <summary>{`Slik regnes tallene: ${spec.title.toLowerCase()}`}</summary>
          <div>
            <dl class="formula-list">
              {formula.map((f) => <div key={f.label}><dt>{f.label}</dt><dd>{f.formula}</dd></div>)}
            </dl>
          </div>
        </details>
      )}
    </section>
  );
}
