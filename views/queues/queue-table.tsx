import type { SortKey } from '../../db/queries/queue-view.ts';
import type { QueueRow } from '../../db/queries/queues.ts';
import { days, formatDate, formatNok } from '../format.ts';
import { PRIORITY_LABELS } from '../persons/labels.ts';
import { scrollBox } from '../components/scroll-box.ts';
import { locationText, needsText, queueHref, type QueueParams } from './queue-params.ts';

const COLUMNS: { sort: SortKey; label: string }[] = [
  { sort: 'navn', label: 'Navn' }, { sort: 'fnr', label: 'Fødselsnr.' }, { sort: 'bydel', label: 'Bydel' },
  { sort: 'prioritet', label: 'Prioritet' }, { sort: 'behov', label: 'Behov' }, { sort: 'vedtak', label: 'Vedtak' },
  { sort: 'garanti', label: 'Garantidato' }, { sort: 'dager', label: 'Dager igjen' }, { sort: 'sted', label: 'Er nå' },
  { sort: 'overligger', label: 'Overliggerdøgn' },
];

/** `linkPeople`: only roles that may open a person's page get links to it. */
export function QueueTable({ rows, linkPeople, params }: { rows: QueueRow[]; linkPeople: boolean; params: QueueParams }) {
  if (rows.length === 0) return <p class="ds-paragraph">Ingen venter i denne køen med dette utvalget.</p>;
  return (
    <div class="table-scroll" {...scrollBox('Venteliste')}>
      <table class="ds-table queue-table" data-border data-zebra data-size="sm">
        <thead>
          <tr>{COLUMNS.map((column) => <SortHeader key={column.label} {...column} params={params} />)}</tr>
        </thead>
        <tbody>
          {rows.map((row) => <QueueRowView key={row.entryId} row={row} linkPeople={linkPeople} />)}
        </tbody>
      </table>
    </div>
  );
}

/** A column header that sorts by its column: a plain link, swapped by htmx when it runs. */
function SortHeader({ sort: column, label, params }: { sort: SortKey; label: string; params: QueueParams }) {
  const active = params.sorter === column;
  const descending = active && params.retning === 'synkende';
  const href = queueHref({ ...params, sorter: column, retning: active && !descending ? 'synkende' : 'stigende' });
  return (
    <th aria-sort={active ? (descending ? 'descending' : 'ascending') : undefined}>
      <a class="sort-link" href={href} hx-get={href} hx-target="#queue-view" hx-select="#queue-view" hx-swap="outerHTML" hx-push-url="true">
        {label}<span class="sort-mark" aria-hidden="true">{active ? (descending ? ' ▼' : ' ▲') : ''}</span>
      </a>
    </th>
  );
}

function QueueRowView({ row, linkPeople }: { row: QueueRow; linkPeople: boolean }) {
  return (
    <tr class={row.guarantee === 'over' ? 'row-late' : undefined}>
      <td>{linkPeople ? <a class="ds-link" href={`/personer/${row.personId}`}>{row.name}</a> : row.name}{row.status === 'reserved' && <> <span class="ds-tag" data-color="info">Plass reservert</span></>}</td>
      <td class="mono">{row.fnrMasked}</td>
      <td>{row.district}</td>
      <td>{PRIORITY_LABELS[row.priority]}</td>
      <td>{needsText(row.requiredTags)}</td>
      <td>{formatDate(row.decisionDate)}</td>
      <td>{formatDate(row.guaranteeDate)}</td>
      <td><DaysLeft row={row} /></td>
      <td>{locationText(row.location)}</td>
      <td>{row.location.type === 'hospital' && row.location.overligger.days > 0
        ? <span class="ds-tag" data-color="danger">{days(row.location.overligger.days)} · {formatNok(row.location.overligger.nok)}</span>
        : '–'}</td>
    </tr>
  );
}

function DaysLeft({ row }: { row: QueueRow }) {
  const left = row.guaranteeDaysLeft;
  if (left === null) return <>–</>;
  if (row.guarantee === 'over') return <span class="ds-tag" data-color="danger">{days(-left)} over</span>;
  if (row.guarantee === 'snart') return <span class="ds-tag" data-color="warning">{left === 0 ? 'i dag' : days(left)}</span>;
  return <>{days(left)}</>;
}
