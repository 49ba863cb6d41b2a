/** Tildelingsmøte's start: pick a week, open its meeting or start one. */
import type { Meeting } from '../../db/queries/meetings.ts';
import type { SessionUser } from '../../db/queries/users.ts';
import { FieldError, type FieldErrors } from '../components/field-error.tsx';
import { formatDate } from '../format.ts';
import { Layout, type NavId } from '../layout.tsx';
import { ErrorSummary } from '../components/error-summary.tsx';

export interface MeetingsPageProps {
  user: SessionUser;
  csrfToken: string;
  available: readonly NavId[];
  /** The chosen week, `2026-W48`, and its label. */
  week: string;
  weekLabel: string;
  ofWeek: Meeting[];
  recent: (Meeting & { weekLabel: string })[];
  errors?: FieldErrors;
  values?: Record<string, string>;
}

export function MeetingsPage(props: MeetingsPageProps) {
  const canStart = props.user.role === 'koordinator';
  return (
    <Layout title="Tildelingsmøte" user={props.user} csrfToken={props.csrfToken} active="mote" available={props.available}>
      <h1 class="ds-heading" data-size="lg">Tildelingsmøte</h1>
      <form method="get" action="/tildelingsmote" class="plan-form">
        <div class="ds-field">
          <label class="ds-label" for="uke">Uke</label>
          <input class="ds-input" type="week" id="uke" name="uke" value={props.week} />
        </div>
        <button class="ds-button" data-variant="secondary" type="submit">Vis uka</button>
      </form>
      <h2 class="ds-heading" data-size="sm">Møter {props.weekLabel}</h2>
      {props.ofWeek.length === 0 ? <p class="ds-paragraph">Ingen møter denne uka ennå.</p> : <MeetingList meetings={props.ofWeek.map((m) => ({ ...m, weekLabel: props.weekLabel }))} />}
      {canStart && <StartForm week={props.week} csrfToken={props.csrfToken} errors={props.errors} values={props.values} />}
      <h2 class="ds-heading" data-size="sm">Tidligere møter</h2>
      {props.recent.length === 0 ? <p class="ds-paragraph">Ingen møter ennå.</p> : <MeetingList meetings={props.recent} />}
    </Layout>
  );
}

function MeetingList({ meetings }: { meetings: (Meeting & { weekLabel: string })[] }) {
  return (
    <ul class="ds-list meeting-index">
      {meetings.map((m) => (
        <li key={m.id}>
          <a class="ds-link" href={`/tildelingsmote/${m.id}`}>Møte {m.weekLabel}, startet {formatDate(m.heldAt.toISOString().slice(0, 10))}</a>
          {' '}· {m.participants.join(', ')} ·{' '}
          {m.minutesIssuedAt
            ? <a class="ds-link" href={`/tildelingsmote/${m.id}/referat`}>Referat (fastsatt)</a>
            : <span class="ds-tag" data-color="warning">Referat ikke fastsatt</span>}
        </li>
      ))}
    </ul>
  );
}

function StartForm({ week, csrfToken, errors = {}, values = {} }: { week: string; csrfToken: string; errors?: FieldErrors; values?: Record<string, string> }) {
  return (
    <form method="post" action="/tildelingsmote" class="form-stack meeting-start ds-card">
      <h2 class="ds-heading" data-size="sm">Start møte</h2>
      <ErrorSummary errors={errors} fieldId={(name) => name} />
      <input type="hidden" name="_csrf" value={csrfToken} />
      <input type="hidden" name="uke" value={values.uke ?? week} />
      <FieldError id="uke-feil" message={errors.uke} />
      <div class="ds-field">
        <label class="ds-label" for="deltakere">Deltakere (ett navn per linje)</label>
        <textarea class="ds-input" id="deltakere" name="deltakere" rows={4} aria-invalid={errors.deltakere ? 'true' : undefined}
          aria-describedby={errors.deltakere ? 'deltakere-feil' : undefined}>{values.deltakere ?? ''}</textarea>
        <FieldError id="deltakere-feil" message={errors.deltakere} />
      </div>
      <div><button class="ds-button" data-variant="primary" type="submit">Start møte</button></div>
    </form>
  );
}
