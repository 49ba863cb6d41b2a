/** What has happened to the person, and who has looked at them. */
import type { PersonViewer } from '../../db/queries/person-access.ts';
import type { AllocationView } from '../../db/queries/person-page.ts';
import type { TimelineEvent } from '../../db/queries/person-timeline.ts';
import { actionText } from '../action-words.ts';
import { formatDate, formatDateTime, formatKind } from '../format.ts';
import { ALLOCATION_LABELS, EVENT_LABELS, OUTCOME_LABELS } from './labels.ts';
import { scrollBox } from '../components/scroll-box.ts';
import { interimLabel } from '../proposals/interim-words.tsx';

export function AllocationsTable({ allocations }: { allocations: AllocationView[] }) {
  if (allocations.length === 0) return <p class="ds-paragraph">Ingen tildelinger.</p>;
  return (
    <div class="table-scroll" {...scrollBox('Tildelinger')}>
      <table class="ds-table" data-border data-size="sm">
        <thead><tr><th>Dato</th><th>Enhet</th><th>Type</th><th>Status</th><th>Begrunnelse</th></tr></thead>
        <tbody>
          {allocations.map((a) => (
            <tr key={a.id}>
              <td>{formatDate(a.date)}</td><td>{a.unitName}</td><td>{a.interim ? interimLabel(a.kind) : formatKind(a.kind)}</td>
              <td>{ALLOCATION_LABELS[a.status] ?? a.status}</td><td>{a.reason ?? '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** «Korttid: innvilget» for a vedtak; otherwise the stored detail. */
const detailText = (e: TimelineEvent): string | undefined => e.vedtak
  ? `${formatKind(e.vedtak.kind)}${e.vedtak.outcome ? `: ${(OUTCOME_LABELS[e.vedtak.outcome]?.text ?? e.vedtak.outcome).toLowerCase()}` : ''}`
  : e.detail;

/** Dates from the records and registrations from the audit log, newest first. */
export function Timeline({ events }: { events: TimelineEvent[] }) {
  if (events.length === 0) return <p class="ds-paragraph">Ingen hendelser.</p>;
  return (
    <ol class="timeline">
      {events.map((e, i) => (
        <li key={i} data-kind={e.kind}>
          <span class="timeline-at">{e.kind === 'event' ? formatDate(e.at) : formatDateTime(e.at)}</span>{' '}
          <strong>{e.kind === 'registration' ? actionText(e.action) : (EVENT_LABELS[e.action] ?? e.action)}</strong>
          {detailText(e) && <> – {detailText(e)}</>}
          {e.kind === 'registration' && <small> ({e.by ?? 'systemet'})</small>}
        </li>
      ))}
    </ol>
  );
}

/** «Who has looked at this person»: every logged opening, newest first. */
export function Viewers({ viewers }: { viewers: PersonViewer[] }) {
  if (viewers.length === 0) return <p class="ds-paragraph">Ingen har sett på personen ennå.</p>;
  return (
    <div class="table-scroll" {...scrollBox('Hvem har sett på personen')}>
      <table class="ds-table" data-border data-size="sm" id="viewers">
        <thead><tr><th>Tidspunkt</th><th>Bruker</th><th>Hva</th></tr></thead>
        <tbody>
          {viewers.map((v, i) => (
            <tr key={i}><td>{formatDateTime(v.at)}</td><td>{v.displayName ?? 'ukjent'}{v.username && <small> ({v.username})</small>}</td><td>{actionText(v.action)}</td></tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
