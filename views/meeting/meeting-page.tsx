/** Tildelingsmøte: one screen for the week's meeting. */
import type { SessionUser } from '../../db/queries/users.ts';
import { formatDate, formatDateTime, formatKind } from '../format.ts';
import { Layout, type NavId } from '../layout.tsx';
import { MeetingProposals } from './meeting-proposals.tsx';
import type { Display, MeetingView, VedtakLine } from './meeting-types.ts';
import { WatchSections } from './watch.tsx';

export interface MeetingPageProps {
  user: SessionUser;
  csrfToken: string;
  available: readonly NavId[];
  view: MeetingView;
  display: Display;
  now: Date;
}

export function MeetingPage({ user, csrfToken, available, view, display, now }: MeetingPageProps) {
  const { meeting } = view;
  const canDecide = user.role === 'koordinator' && !meeting.minutesIssuedAt;
  return (
    <Layout title={`Tildelingsmøte ${meeting.weekLabel}`} user={user} csrfToken={csrfToken} active="mote" available={available}>
      <div class="meeting" data-projector={display.projector ? 'true' : undefined}>
        <header class="meeting-head">
          <h1 class="ds-heading" data-size="lg">Tildelingsmøte {meeting.weekLabel}</h1>
          <p class="ds-paragraph">Deltakere: {meeting.participants.join(', ') || '–'}</p>
          {canDecide && !display.projector && <ParticipantsForm meetingId={meeting.id} participants={meeting.participants} csrfToken={csrfToken} />}
          <Toolbar meetingId={meeting.id} display={display} isCoordinator={user.role === 'koordinator'} />
          {meeting.minutesIssuedAt && (
            <div class="ds-alert" data-color="info">Referatet ble fastsatt {formatDateTime(meeting.minutesIssuedAt)}. Møtet tar ikke flere beslutninger.</div>
          )}
        </header>
        <div class="meeting-grid">
          <div class="meeting-decide">
            <MeetingProposals meetingId={meeting.id} run={view.run} newerRunId={view.newerRunId} canDecide={canDecide} display={display} csrfToken={csrfToken} today={view.watch.today} />
          </div>
          <aside class="meeting-watch" aria-label="Plasser og ventende">
            <WatchSections watch={view.watch} now={now} />
            <VedtakSection since={view.vedtak.since} lines={view.vedtak.lines} />
          </aside>
        </div>
      </div>
    </Layout>
  );
}

function Toolbar({ meetingId, display, isCoordinator }: { meetingId: number; display: Display; isCoordinator: boolean }) {
  const base = `/tildelingsmote/${meetingId}`;
  return (
    <nav class="meeting-toolbar" aria-label="Visning">
      {display.projector
        ? <a class="ds-button" data-variant="secondary" href={base}>Vanlig visning</a>
        : <a class="ds-button" data-variant="secondary" href={`${base}?visning=projektor`}>Projektorvisning</a>}
      {display.projector && isCoordinator && (display.fullNames
        ? <a class="ds-button" data-variant="tertiary" href={`${base}?visning=projektor`}>Vis bare initialer</a>
        : <a class="ds-button" data-variant="tertiary" href={`${base}?visning=projektor&navn=vis`}>Vis fulle navn (logges)</a>)}
      <a class="ds-button" data-variant="secondary" href={`${base}/referat`}>Referat</a>
      <a class="ds-link" href="/tildelingsmote">Alle møter</a>
    </nav>
  );
}

function ParticipantsForm({ meetingId, participants, csrfToken }: { meetingId: number; participants: string[]; csrfToken: string }) {
  return (
    <details class="ds-details meeting-participants">
      <summary>Endre deltakere</summary>
      <form method="post" action={`/tildelingsmote/${meetingId}/deltakere`} class="form-stack">
        <input type="hidden" name="_csrf" value={csrfToken} />
        <div class="ds-field">
          <label class="ds-label" for="deltakere">Deltakere (ett navn per linje)</label>
          <textarea class="ds-input" id="deltakere" name="deltakere" rows={4}>{participants.join('\n')}</textarea>
        </div>
        <div><button class="ds-button" data-variant="secondary" type="submit">Lagre deltakere</button></div>
      </form>
    </details>
  );
}

const OUTCOME_LABEL: Record<string, string> = { innvilget: 'Innvilget', avslag: 'Avslag', ventelistevedtak: 'Ventelistevedtak' };

function VedtakSection({ since, lines }: { since: string; lines: VedtakLine[] }) {
  return (
    <section id="meeting-vedtak" class="meeting-section" aria-labelledby="meeting-vedtak-h">
      <h2 class="ds-heading" data-size="sm" id="meeting-vedtak-h">Vedtak siden {formatDate(since)}: {lines.length}</h2>
      {lines.length === 0 ? <p class="ds-paragraph">Ingen nye vedtak.</p> : (
        <ul class="meeting-list">
          {lines.map((v) => (
            <li key={v.applicationId}>
              <strong>{v.label}</strong> · {formatKind(v.kind)} · <span class="ds-tag" data-color={v.outcome === 'avslag' ? 'neutral' : 'info'}>{OUTCOME_LABEL[v.outcome] ?? v.outcome}</span>{' '}
              {formatDate(v.decisionDate)}{v.priority !== null && <> · prioritet {v.priority}</>}{v.guaranteeDate && <> · garantidato {formatDate(v.guaranteeDate)}</>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
