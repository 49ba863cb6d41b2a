import type { QueueId, QueueRow } from '../../db/queries/queues.ts';
import type { SessionUser } from '../../db/queries/users.ts';
import { Layout } from '../layout.tsx';
import type { NavId } from '../layout.tsx';
import { QueueTable } from './queue-table.tsx';

export const QUEUE_LABELS: Record<QueueId, string> = {
  korttid: 'Korttid',
  langtid: 'Langtid',
  'bofellesskap-psykisk-helse': 'Bofellesskap – psykisk helse',
  'bofellesskap-rop': 'Bofellesskap – ROP',
  'bofellesskap-utviklingshemming': 'Bofellesskap – utviklingshemming',
  'bofellesskap-barn-unge': 'Bofellesskap – barn og unge',
};

export interface QueuePageProps {
  user: SessionUser;
  csrfToken: string;
  available: readonly NavId[];
  queue: QueueId;
  counts: Record<QueueId, number>;
  rows: QueueRow[];
  /** Whether the viewer may open person pages (koordinator). */
  linkPeople: boolean;
}

export function QueuePage(props: QueuePageProps) {
  return (
    <Layout title="Ventelister" user={props.user} csrfToken={props.csrfToken} active="ventelister" available={props.available}>
      <h1 class="ds-heading" data-size="lg">Ventelister</h1>
      <QueueView queue={props.queue} counts={props.counts} rows={props.rows} linkPeople={props.linkPeople} />
    </Layout>
  );
}

/** The queue tabs and the chosen queue: the page's body and the htmx fragment. */
export function QueueView({ queue, counts, rows, linkPeople }: Pick<QueuePageProps, 'queue' | 'counts' | 'rows' | 'linkPeople'>) {
  return (
    <section id="queue-view">
      {/* Real buttons in a GET form: Space and Enter both choose, and it works without script. */}
      <form class="queue-tabs" method="get" action="/ventelister" aria-label="Køer"
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
            {QUEUE_LABELS[id]} <span class="queue-count">({counts[id]})</span>
          </button>
        ))}
      </form>
      <h2 class="ds-heading" data-size="sm" data-announce="polite">{QUEUE_LABELS[queue]}: {rows.length} venter</h2>
      <QueueTable rows={rows} linkPeople={linkPeople} />
    </section>
  );
}
