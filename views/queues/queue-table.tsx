import type { Location, QueueRow } from '../../db/queries/queues.ts';
import { days, formatDate, formatNok, formatTags } from '../format.ts';
import { scrollBox } from '../components/scroll-box.ts';

const PRIORITY_LABEL: Record<number, string> = { 1: '1 – høy', 2: '2 – middels', 3: '3 – lav' };

/** `linkPeople`: only roles that may open a person's page get links to it. */
export function QueueTable({ rows, linkPeople }: { rows: QueueRow[]; linkPeople: boolean }) {
  if (rows.length === 0) return <p class="ds-paragraph">Ingen venter i denne køen.</p>;
  return (
    <div class="table-scroll" {...scrollBox('Venteliste')}>
      <table class="ds-table" data-border data-zebra data-size="sm">
        <thead>
          <tr>
            <th>Navn</th><th>Fødselsnr.</th><th>Prioritet</th><th>Behov</th><th>Vedtak</th>
            <th>Garantidato</th><th>Dager igjen</th><th>Er nå</th><th>Overliggerdøgn</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => <QueueRowView key={row.entryId} row={row} linkPeople={linkPeople} />)}
        </tbody>
      </table>
    </div>
  );
}

function QueueRowView({ row, linkPeople }: { row: QueueRow; linkPeople: boolean }) {
  const late = row.guaranteeDaysLeft !== null && row.guaranteeDaysLeft < 0;
  const soon = row.guaranteeDaysLeft !== null && row.guaranteeDaysLeft >= 0 && row.guaranteeDaysLeft <= 7;
  return (
    <tr class={late ? 'row-late' : undefined}>
      <td>{linkPeople ? <a class="ds-link" href={`/personer/${row.personId}`}>{row.name}</a> : row.name}{row.status === 'reserved' && <> <span class="ds-tag" data-color="info">Plass reservert</span></>}</td>
      <td class="mono">{row.fnrMasked}</td>
      <td>{PRIORITY_LABEL[row.priority]}</td>
      <td>{formatTags(row.requiredTags)}</td>
      <td>{formatDate(row.decisionDate)}</td>
      <td>{formatDate(row.guaranteeDate)}</td>
      <td>
        {row.guaranteeDaysLeft === null ? '–'
          : late ? <span class="ds-tag" data-color="danger">{days(-row.guaranteeDaysLeft)} over</span>
          : soon ? <span class="ds-tag" data-color="warning">{row.guaranteeDaysLeft === 0 ? 'i dag' : days(row.guaranteeDaysLeft)}</span>
          : days(row.guaranteeDaysLeft)}
      </td>
      <td><LocationText location={row.location} /></td>
      <td>{row.location.type === 'hospital' && row.location.overligger.days > 0
        ? <span class="ds-tag" data-color="danger">{days(row.location.overligger.days)} · {formatNok(row.location.overligger.nok)}</span>
        : '–'}</td>
    </tr>
  );
}

function LocationText({ location }: { location: Location }) {
  if (location.type === 'home') return <>Hjemme</>;
  if (location.type === 'unit') return <>{location.unitName} (fra {formatDate(location.fromDate)})</>;
  return location.dischargeReadyDate
    ? <>Sykehus, utskrivningsklar {formatDate(location.dischargeReadyDate)}</>
    : <>Sykehus, innlagt {formatDate(location.admittedDate)}</>;
}
