/**
 * «Årsrapport <år> – Tildelingskontoret»: the year's tables on one page made to be printed on
 * A4 (static/annual-report.css) and pasted into the municipality's annual report, each table
 * with its CSV file, and how the figures are counted.
 */
import type { SessionUser } from '../../db/queries/users.ts';
import { scrollBox } from '../components/scroll-box.ts';
import { formatDate } from '../format.ts';
import { Layout, type NavId } from '../layout.tsx';
import { RecordsNotice } from './records-notice.tsx';
import { cellText } from './report-cells.ts';
import type { ReportTable } from './report-table-types.ts';

/** One figure's definition for «Slik regnes tallene». */
export interface FigureDefinition { name: string; text: string }

export interface AnnualReportPageProps {
  user: SessionUser;
  csrfToken: string;
  available: readonly NavId[];
  year: number;
  /** First and last day read (ISO, inclusive); `partial` when the year is still running. */
  from: string;
  lastDay: string;
  partial: boolean;
  tables: ReportTable[];
  definitions: FigureDefinition[];
  /** First day of Plassplan's records: a year that starts before it is incomplete. */
  recordsSince: string | null;
  /** The KPR export is offered only to roles that may download it. */
  showKpr: boolean;
}

export function AnnualReportPage(props: AnnualReportPageProps) {
  const title = `Årsrapport ${props.year} – Tildelingskontoret`;
  return (
    <Layout title={title} user={props.user} csrfToken={props.csrfToken} active="nokkeltall" available={props.available}>
      <link rel="stylesheet" href="/static/annual-report.css" />
      <article class="annual-report">
        <header class="annual-report-head">
          <h1 class="ds-heading" data-size="lg">{title}</h1>
          <p>{props.partial
            ? <>Året så langt: {formatDate(props.from)} til og med {formatDate(props.lastDay)}. Tallene er ikke endelige før året er omme.</>
            : <>Hele året: {formatDate(props.from)}–{formatDate(props.lastDay)}.</>}</p>
        </header>
        <RecordsNotice since={props.recordsSince} shown={{ from: props.from, label: String(props.year) }} />
        <YearForm year={props.year} showKpr={props.showKpr} />
        {props.tables.map((table) => <ReportSection key={table.id} table={table} year={props.year} />)}
        <section class="annual-report-section report-definitions" aria-labelledby="slik-regnes">
          <h2 id="slik-regnes" class="ds-heading" data-size="sm">Slik regnes tallene</h2>
          <dl>
            {props.definitions.map((d) => <div key={d.name}><dt>{d.name}</dt><dd>{d.text}</dd></div>)}
          </dl>
          <p class="muted">Regnet ut av Plassplan fra søknader, vedtak, opphold og sykehusmeldinger registrert til og med {formatDate(props.lastDay)}.</p>
        </section>
      </article>
    </Layout>
  );
}

function YearForm({ year, showKpr }: { year: number; showKpr: boolean }) {
  return (
    <div class="annual-report-tools no-print">
      <form method="get" action="/nokkeltall/arsrapport" class="annual-report-year">
        <label class="ds-label" for="ar">År</label>
        <input class="ds-input" id="ar" name="ar" type="text" inputmode="numeric" pattern="[0-9]{4}" size={4} value={String(year)} />
        <button type="submit" class="ds-button" data-variant="secondary" data-size="sm">Vis</button>
      </form>
      <p>Skriv ut eller lagre som PDF med nettleserens utskrift (Ctrl+P).</p>
      {showKpr && <p><a class="ds-link" href={`/nokkeltall/arsrapport/kpr.csv?ar=${year}`}>Ventelisteregistreringer for KPR (CSV, med fødselsnummer)</a></p>}
    </div>
  );
}

function ReportSection({ table, year }: { table: ReportTable; year: number }) {
  const headingId = `tabell-${table.id}`;
  return (
    <section class="annual-report-section" aria-labelledby={headingId}>
      <h2 id={headingId} class="ds-heading" data-size="sm">{table.title}</h2>
      <div class="table-scroll" {...scrollBox(table.title)}>
        <table class="ds-table report-table" data-size="sm">
          <caption class="ds-sr-only">{`${table.title} ${year}`}</caption>
          <thead>
            <tr>{table.columns.map((c, i) => <th key={i} scope="col" class={i > 0 && isNumberColumn(table, i) ? 'num' : undefined}>{c}</th>)}</tr>
          </thead>
          <tbody>
            {table.rows.map((row, r) => (
              <tr key={r} class={row.total ? 'total' : undefined}>
                {row.cells.map((cell, i) => i === 0
                  ? <th key={i} scope="row">{cellText(cell)}</th>
                  : <td key={i} class={typeof cell === 'string' ? undefined : 'num'}>{cellText(cell)}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {table.note && <p class="report-note">{table.note}</p>}
      <p class="no-print"><a class="ds-link" href={`/nokkeltall/arsrapport/${table.id}.csv?ar=${year}`} download>Last ned «{table.title}» som CSV</a></p>
    </section>
  );
}

/** A column whose cells are numbers (right-aligned, header too). */
const isNumberColumn = (table: ReportTable, index: number): boolean =>
  table.rows.length > 0 && table.rows.every((row) => typeof row.cells[index] !== 'string');
