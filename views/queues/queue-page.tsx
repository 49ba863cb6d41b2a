import type { QueueSummary } from '../../db/queries/queue-view.ts';
import type { QueueId, QueueRow } from '../../db/queries/queues.ts';
import type { SessionUser } from '../../db/queries/users.ts';
import { Layout } from '../layout.tsx';
import type { NavId } from '../layout.tsx';
import { QUEUE_LABELS, QueueFilters, QueueOverview } from './queue-filters.tsx';
import { describeFilters, queueHref, type QueueParams } from './queue-params.ts';
import { QueueTable } from './queue-table.tsx';

export { QUEUE_LABELS };

export interface QueuePageProps {
  user: SessionUser;
  csrfToken: string;
  available: readonly NavId[];
  params: QueueParams;
  summary: Record<QueueId | 'alle', QueueSummary>;
  /** The chosen queue's rows, filtered and sorted. */
  rows: QueueRow[];
  /** Bydeler of the people waiting, for the filter. */
  districts: string[];
  /** Whether the viewer may open person pages and export the list (koordinator). */
  linkPeople: boolean;
}

type ViewProps = Omit<QueuePageProps, 'user' | 'csrfToken' | 'available'>;

export function QueuePage({ user, csrfToken, available, ...view }: QueuePageProps) {
  return (
    <Layout title="Ventelister" user={user} csrfToken={csrfToken} active="ventelister" available={available}>
      <h1 class="ds-heading" data-size="lg">Ventelister</h1>
      <QueueOverview summary={view.summary} />
      <QueueView {...view} />
    </Layout>
  );
}

/** The queue tabs, the filters and the chosen queue: the page's body and the htmx fragment. */
export function QueueView({ params, summary, rows, districts, linkPeople }: ViewProps) {
  const queue = params.ko;
  const filters = describeFilters(params);
  return (
    <section id="queue-view">
      {/* Real buttons in a GET form: Space and Enter both choose, and it works without script. */}
      <form class="queue-tabs no-print" method="get" action="/ventelister" aria-label="Køer"
        hx-get="/ventelister" hx-target="#queue-view" hx-select="#queue-view" hx-swap="outerHTML" hx-push-url="true">
        {(Object.keys(QUEUE_LABELS) as QueueId[]).map((id) => (
          <button
            key={id}
            type="submit"
            name="ko"
            value={id}
            id={`ko-${id}`}
            class="ds-button"
            data-variant={id === queue ? 'primary' : 'secondary'}
            data-size="sm"
            aria-current={id === queue ? 'true' : undefined}
            data-focus={id === queue ? '' : undefined}
          >
            {QUEUE_LABELS[id]} <span class="queue-count">({summary[id].waiting})</span>
          </button>
        ))}
      </form>
      <QueueFilters params={params} districts={districts} />
      <div class="queue-heading">
        <h2 class="ds-heading" data-size="sm" data-announce="polite">{QUEUE_LABELS[queue]}: {rows.length} venter</h2>
        {linkPeople && <a class="ds-link no-print" href={queueHref(params, '/ventelister/eksport.csv')} download>Last ned som CSV (Excel)</a>}
      </div>
      {filters.length > 0 && <p class="ds-paragraph queue-selection" data-size="sm">Utvalg: {filters.join(', ')} ({rows.length} av {summary[queue].waiting} i køen).</p>}
      <QueueTable rows={rows} linkPeople={linkPeople} params={params} />
    </section>
  );
}
