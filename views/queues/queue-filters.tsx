import { GUARANTEE_STATUSES, PLACES } from '../../db/queries/queue-status.ts';
import type { QueueSummary } from '../../db/queries/queue-view.ts';
import type { QueueId } from '../../db/queries/queues.ts';
import { TAG_LABELS } from '../persons/labels.ts';
import { GUARANTEE_LABELS, PLACE_LABELS, type QueueParams } from './queue-params.ts';

/** Queue names, in tab order. */
export const QUEUE_LABELS: Record<QueueId, string> = {
  korttid: 'Korttid',
  langtid: 'Langtid',
  'bofellesskap-psykisk-helse': 'Bofellesskap – psykisk helse',
  'bofellesskap-rop': 'Bofellesskap – ROP',
  'bofellesskap-utviklingshemming': 'Bofellesskap – utviklingshemming',
  'bofellesskap-barn-unge': 'Bofellesskap – barn og unge',
};

/**
 * The filters as a plain GET form: without JavaScript it loads the page, with htmx it
 * swaps the queue view and puts the same query in the address bar.
 */
export function QueueFilters({ params, districts }: { params: QueueParams; districts: string[] }) {
  return (
    <form class="queue-filters" method="get" action="/ventelister"
      hx-get="/ventelister" hx-target="#queue-view" hx-select="#queue-view" hx-swap="outerHTML" hx-push-url="true">
      <input type="hidden" name="ko" value={params.ko} />
      {params.sorter && <input type="hidden" name="sorter" value={params.sorter} />}
      {params.retning && <input type="hidden" name="retning" value={params.retning} />}
      <Select name="bydel" label="Bydel" value={params.bydel} options={districts.map((d) => [d, d])} />
      <Select name="behov" label="Behov" value={params.behov} options={Object.entries(TAG_LABELS)} />
      <Select name="sted" label="Er nå" value={params.sted} options={PLACES.map((p) => [p, PLACE_LABELS[p]])} />
      <Select name="garanti" label="Garanti" value={params.garanti} options={GUARANTEE_STATUSES.map((g) => [g, GUARANTEE_LABELS[g]])} />
      <div class="queue-filter-actions">
        <button class="ds-button" data-variant="secondary" data-size="sm" type="submit">Vis utvalget</button>
        <a class="ds-link" href={`/ventelister?ko=${params.ko}`}>Fjern filtrene</a>
      </div>
    </form>
  );
}

function Select({ name, label, value, options }: { name: string; label: string; value?: string; options: [string, string][] }) {
  const id = `filter-${name}`;
  return (
    <div class="ds-field">
      <label class="ds-label" for={id}>{label}</label>
      <select class="ds-input" id={id} name={name} data-size="sm">
        <option value="">Alle</option>
        {options.map(([v, text]) => <option key={v} value={v} selected={v === value}>{text}</option>)}
      </select>
    </div>
  );
}

const SHORT_LABELS: Record<QueueId, string> = {
  korttid: 'Korttid', langtid: 'Langtid', 'bofellesskap-psykisk-helse': 'Bof. psykisk helse', 'bofellesskap-rop': 'Bof. ROP',
  'bofellesskap-utviklingshemming': 'Bof. utviklingshemming', 'bofellesskap-barn-unge': 'Bof. barn og unge',
};

const FIGURES: { key: keyof QueueSummary; label: string }[] = [
  { key: 'waiting', label: 'Venter' }, { key: 'pastGuarantee', label: 'Over garantidato' }, { key: 'inHospital', label: 'På sykehus' },
];

/** A column per queue and one across all: how many wait, are past the guarantee date, lie in hospital. */
export function QueueOverview({ summary }: { summary: Record<QueueId | 'alle', QueueSummary> }) {
  const ids = [...(Object.keys(QUEUE_LABELS) as QueueId[]), 'alle' as const];
  return (
    <div class="table-scroll queue-overview">
      <table class="ds-table" data-border data-size="sm">
        <caption>Oversikt over alle køer</caption>
        <thead>
          <tr><td></td>{ids.map((id) => <th key={id} scope="col" class={id === 'alle' ? 'overview-total' : undefined}>{id === 'alle' ? 'Alle køer' : SHORT_LABELS[id]}</th>)}</tr>
        </thead>
        <tbody>
          {FIGURES.map(({ key, label }) => (
            <tr key={key}>
              <th scope="row">{label}</th>
              {ids.map((id) => <td key={id} class={id === 'alle' ? 'num overview-total' : 'num'}>{summary[id][key]}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
