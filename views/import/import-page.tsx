import type { Duplicate } from '../../db/queries/import-duplicates.ts';
import type { SessionUser } from '../../db/queries/users.ts';
import { formatDate, formatNumber } from '../format.ts';
import { Layout, type NavId } from '../layout.tsx';
import { scrollBox } from '../components/scroll-box.ts';

export interface ColumnRow { name: string; required: string; text: string; example: string }

export type ImportOutcome =
  | { status: 'imported'; fileName: string; rows: number; pending: number; personsCreated: number; personsReused: number; waiting: number; duplicates: Duplicate[] }
  | { status: 'refused'; fileName: string; errors: string[] };

interface PageProps { user: SessionUser; csrfToken: string; available: readonly NavId[]; columns: readonly ColumnRow[]; outcome?: ImportOutcome }

/** Import from the case system: the column spec, the upload form and the result. */
export function ImportPage({ columns, outcome, ...page }: PageProps) {
  return (
    <Layout title="Import" user={page.user} csrfToken={page.csrfToken} active="personer" available={page.available}>
      <h1 class="ds-heading" data-size="lg">Importer personer og vedtak</h1>
      <p class="ds-paragraph">
        CSV-fil fra fagsystemet, én rad per vedtak. En rad uten utfall og vedtaksdato er en søknad under behandling. Alt eller ingenting: har én rad feil, importeres ingenting, og alle feil listes.
        Personer med samme fødselsnummer som en registrert person gjenbrukes. Rader som finnes fra før (samme person, type og
        mottatt- eller vedtaksdato, eller personen står allerede på venteliste for typen) importeres ikke på nytt, og listes.
      </p>
      <form class="form-stack" method="post" action="/import" enctype="multipart/form-data"
        hx-post="/import" hx-encoding="multipart/form-data" hx-target="#import-result" hx-swap="outerHTML">
        {/* Before the file: a refused (too large) file stops the parser, fields after it are lost. */}
        <input type="hidden" name="_csrf" value={page.csrfToken} />
        <div class="ds-field">
          <label class="ds-label" for="import-fil">CSV-fil</label>
          <div class="ds-paragraph field-hint" data-size="sm" id="import-fil-hint">Skilletegn ; eller , – datoer som 23.11.2026 eller 2026-11-23 – UTF-8, med eller uten BOM.</div>
          <input class="ds-input" type="file" id="import-fil" name="fil" accept=".csv,text/csv" aria-describedby="import-fil-hint" />
        </div>
        <div><button class="ds-button" data-variant="primary" type="submit">Importer</button></div>
      </form>
      <ImportResult outcome={outcome} />
      <h2 class="ds-heading" data-size="md">Kolonner</h2>
      <p class="ds-paragraph">Første rad er overskriften med kolonnenavnene (rekkefølgen er fri). Radnummer i feilmeldinger er linjen i filen; overskriften er rad 1.</p>
      <ColumnTable columns={columns} />
    </Layout>
  );
}

/** The import's outcome: the page's part and the htmx fragment. */
export function ImportResult({ outcome }: { outcome?: ImportOutcome }) {
  if (!outcome) return <div id="import-result" />;
  if (outcome.status === 'imported') return <Imported outcome={outcome} />;
  return (
    <div id="import-result" class="ds-alert" data-color="danger" role="alert">
      <p class="ds-paragraph">{`«${outcome.fileName}» ble ikke importert. Ingenting er lagret. Rett ${outcome.errors.length === 1 ? 'feilen' : `de ${outcome.errors.length} feilene`} og prøv igjen:`}</p>
      <ul class="import-errors">{outcome.errors.map((e, i) => <li key={i}>{e}</li>)}</ul>
    </div>
  );
}

/** At most this many duplicate rows are listed; a re-imported 20,000-row file would otherwise fill the page. */
const LISTED_DUPLICATES = 200;

function Imported({ outcome }: { outcome: Extract<ImportOutcome, { status: 'imported' }> }) {
  const { duplicates } = outcome;
  const n = formatNumber;
  const summary = outcome.rows === 0
    ? `Ingen nye vedtak: ${duplicates.length === 1 ? 'raden finnes' : `alle ${n(duplicates.length)} radene finnes`} allerede. Ingenting er endret.`
    : `${importedText(outcome.rows, outcome.pending)} ${n(outcome.personsCreated)} nye personer, ${n(outcome.personsReused)} fantes fra før. ${n(outcome.waiting)} står nå på venteliste.`
      + (duplicates.length ? ` ${n(duplicates.length)} ${duplicates.length === 1 ? 'rad fantes' : 'rader fantes'} allerede og ble ikke importert på nytt:` : '');
  const rest = duplicates.length - LISTED_DUPLICATES;
  return (
    <div id="import-result" class="ds-alert" data-color={outcome.rows === 0 ? 'info' : 'success'} role="status">
      <p class="ds-paragraph">{`«${outcome.fileName}»: ${summary}`}</p>
      {duplicates.length > 0 && (
        <ul class="import-errors">
          {duplicates.slice(0, LISTED_DUPLICATES).map((d) => <li key={d.line}>{duplicateText(d)}</li>)}
          {rest > 0 && <li>{`… og ${n(rest)} rader til.`}</li>}
        </ul>
      )}
    </div>
  );
}

/** «Rad 3: finnes allerede (vedtak om langtid mottatt 12.11.2026) – ikke importert på nytt.» */
function duplicateText(d: Duplicate): string {
  const what = d.of === 'file' ? `i filen (rad ${d.earlierLine})`
    : d.of === 'waiting' ? `(står på venteliste for ${d.kind})`
      : `(vedtak om ${d.kind} ${d.same === 'received' ? 'mottatt' : 'med vedtaksdato'} ${formatDate(d.date)})`;
  return `Rad ${d.line}: finnes allerede ${what} – ikke importert på nytt.`;
}

function ColumnTable({ columns }: { columns: readonly ColumnRow[] }) {
  return (
    <div class="table-scroll import-columns" {...scrollBox('Kolonner')}>
      <table class="ds-table" data-border data-size="sm">
        <thead><tr><th>Kolonne</th><th>Påkrevd</th><th>Innhold</th><th>Eksempel</th></tr></thead>
        <tbody>
          {columns.map((c) => <tr key={c.name}><td class="mono">{c.name}</td><td>{c.required}</td><td>{c.text}</td><td>{c.example || '–'}</td></tr>)}
        </tbody>
      </table>
    </div>
  );
}

/** «3 vedtak importert.», or with pending applications «2 vedtak og 1 søknad under behandling importert.» */
function importedText(rows: number, pending: number): string {
  if (pending === 0) return `${formatNumber(rows)} vedtak importert.`;
  const applications = pending === 1 ? '1 søknad' : `${formatNumber(pending)} søknader`;
  return `${formatNumber(rows - pending)} vedtak og ${applications} under behandling importert.`;
}
