import type { FreePoint, ReportHistoryRow } from '../../db/queries/report-history.ts';
import type { ReportUnit } from '../../db/queries/reports.ts';
import type { SessionUser } from '../../db/queries/users.ts';
import { formatKind, osloDay } from '../format.ts';
import { Layout, type NavId } from '../layout.tsx';
import { FreeChart } from './free-chart.tsx';
import { Figures, formatReportTime } from './unit-card.tsx';
import { scrollBox } from '../components/scroll-box.ts';

export interface UnitHistoryPageProps {
  user: SessionUser;
  csrfToken: string;
  available: readonly NavId[];
  unit: ReportUnit;
  reports: ReportHistoryRow[];
  points: FreePoint[];
  days: number;
  now: Date;
}

/** Every report the unit has made, newest first, under a chart of free places. */
export function UnitHistoryPage(props: UnitHistoryPageProps) {
  const { unit } = props;
  const today = osloDay(props.now);
  const from = new Date(Date.parse(`${today}T00:00:00Z`) - (props.days - 1) * 86_400_000).toISOString().slice(0, 10);
  return (
    <Layout title={unit.name} user={props.user} csrfToken={props.csrfToken} active="plasser" available={props.available}>
      <link rel="stylesheet" href="/static/reports.css" />
      <p><a class="ds-link" href={props.user.role === 'institusjonsleder' ? '/enheter' : '/plasser'}>Tilbake</a></p>
      <h1 class="ds-heading" data-size="md">{unit.name}</h1>
      <p class="muted">{unit.institution} · {formatKind(unit.kind)} · {unit.physicalBeds} fysiske senger · <span class="mono">{unit.code}</span></p>
      <p>{unit.reportedAt ? <>Sist meldt {formatReportTime(unit.reportedAt, props.now)}</> : 'Aldri meldt'}{' '}
        {unit.stale && <span class="ds-tag" data-color="danger">Melding mangler</span>}</p>
      {unit.last && <Figures figures={unit.today} unit={unit} />}
      {unit.kind === 'korttid' && <p><a class="ds-link" href={`/plasser/enhet/${unit.unitId}/avlastning`}>Avlastning og planlagte opphold</a></p>}
      <h2 class="ds-heading" data-size="sm">Ledige plasser siste {props.days / 7} uker</h2>
      <FreeChart points={props.points} from={from} days={props.days} staffed={unit.today.staffedBeds} />
      <h2 class="ds-heading" data-size="sm">Meldinger ({props.reports.length})</h2>
      <div class="table-scroll" {...scrollBox('Historikk')}>
        <table class="ds-table history-table" data-border data-size="sm">
          <thead><tr><th>Meldt</th><th>Av</th><th>Bemannede</th><th>Belagt</th><th>Ledige</th><th>Reservert</th><th>Avreiser</th><th>Merknad</th></tr></thead>
          <tbody>
            {props.reports.map((r) => (
              <tr key={r.reportId}>
                <td>{formatReportTime(r.reportedAt, props.now)}</td>
                <td>{r.reportedBy ?? '–'}</td>
                <td>{r.staffedBeds}</td>
                <td>{r.occupied}</td>
                <td>{r.closed ? <span class="ds-tag" data-color="warning">Stengt: {r.closedReason}</span> : r.freeNow}</td>
                <td>{r.reserved}</td>
                <td>{r.departures}</td>
                <td>{r.note ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Layout>
  );
}
