/** What has happened to the person, and who has looked at them. */
import type { PersonViewer } from '../../db/queries/person-access.ts';
import type { AllocationView } from '../../db/queries/person-page.ts';
import type { TimelineEvent } from '../../db/queries/person-timeline.ts';
import { formatDate, formatDateTime } from '../format.ts';
import { ALLOCATION_LABELS, EVENT_LABELS } from './labels.ts';

export function AllocationsTable({ allocations }: { allocations: AllocationView[] }) {
  if (allocations.length === 0) return <p class="ds-paragraph">Ingen tildelinger.</p>;
  return (
    <div class="table-scroll">
      <table class="ds-table" data-border data-size="sm">
        <thead><tr><th>Dato</th><th>Enhet</th><th>Type</th><th>Status</th><th>Begrunnelse</th></tr></thead>
        <tbody>
          {allocations.map((a) => (
            <tr key={a.id}>
              <td>{formatDate(a.date)}</td><td>{a.unitName}</td><td>{a.kind}</td>
              <td>{ALLOCATION_LABELS[a.status] ?? a.status}</td><td>{a.reason ?? '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Dates from the records and registrations from the audit log, newest first. */
export function Timeline({ events }: { events: TimelineEvent[] }) {
  if (events.length === 0) return <p class="ds-paragraph">Ingen hendelser.</p>;
  return (
    <ol class="timeline">
      {events.map((e, i) => (
        <li key={i} data-kind={e.kind}>
          <span class="timeline-at">{e.kind === 'event' ? formatDate(e.at) : formatDateTime(e.at)}</span>{' '}
          <strong>{EVENT_LABELS[e.action] ?? e.action}</strong>
          {e.detail && <> – {e.detail}</>}
          {e.kind === 'registration' && <small> ({e.by ?? 'systemet'})</small>}
        </li>
      ))}
    </ol>
  );
}

const VIEW_LABELS: Record<string, string> = {
  'person.view': 'Åpnet personsiden', 'person.fnr-view': 'Så fullt fødselsnummer', 'audit.person-search': 'Søkte i loggen',
};

/** «Who has looked at this person»: every logged opening, newest first. */
export function Viewers({ viewers }: { viewers: PersonViewer[] }) {
  if (viewers.length === 0) return <p class="ds-paragraph">Ingen har sett på personen ennå.</p>;
  return (
    <div class="table-scroll">
      <table class="ds-table" data-border data-size="sm" id="viewers">
        <thead><tr><th>Tidspunkt</th><th>Bruker</th><th>Hva</th></tr></thead>
        <tbody>
          {viewers.map((v, i) => (
            <tr key={i}><td>{formatDateTime(v.at)}</td><td>{v.displayName ?? 'ukjent'}{v.username && <small> ({v.username})</small>}</td><td>{VIEW_LABELS[v.action] ?? v.action}</td></tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
