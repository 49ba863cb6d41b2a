/** The person's applications before the vedtak: each with its clock and actions, and the form to register one. */
import type { CaseClock, ClockUrgency } from '../../db/case-clock.ts';
import type { Handler, PendingApplication } from '../../db/queries/applications.ts';
import type { ApplicantLocation } from '../../db/schema.ts';
import { days, formatDate, formatTags } from '../format.ts';
import { CheckboxGroup, EMPTY_FORM, type FormState, InputField, SelectField } from './fields.tsx';
import { KIND_LABELS, LOCATION_LABELS, TAG_LABELS } from './labels.ts';
import { ActionForm } from './status-forms.tsx';

export interface PendingView extends PendingApplication { clock: CaseClock }

export interface ApplicationSectionData {
  pending: PendingView[];
  handlers: Handler[];
  /** Where the person is now, as the page knows it: the registration form's default. */
  defaultLocation: ApplicantLocation;
  /** The signed-in coordinator: the default saksbehandler. */
  currentUserId: number;
}

/** How an urgency reads on a tag; shared with «Søknader under behandling». */
export const URGENCY_TAGS: Record<Exclude<ClockUrgency, null>, { text: string; color: string }> = {
  overdue: { text: 'Passert', color: 'danger' }, today: { text: 'I dag', color: 'warning' }, soon: { text: 'Snart', color: 'info' },
};

const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));
const hasErrors = (state?: FormState) => Boolean(state && Object.values(state.errors).some(Boolean));

interface SectionProps { personId: number; data: ApplicationSectionData; forms: Record<string, FormState>; today: string; csrfToken: string }

export function ApplicationSection({ personId, data, forms, today, csrfToken }: SectionProps) {
  return (
    <section aria-labelledby="soknader" class="application-section">
      <h2 class="ds-heading" data-size="md" id="soknader">Søknader under behandling</h2>
      {data.pending.length === 0
        ? <p class="ds-paragraph">Ingen søknader venter på vedtak.</p>
        : <div class="vedtak-list">{data.pending.map((a) => <PendingCard key={a.id} a={a} personId={personId} forms={forms} csrfToken={csrfToken} />)}</div>}
      <RegisterForm personId={personId} data={data} state={forms.soknad} today={today} csrfToken={csrfToken} />
    </section>
  );
}

/** Days since receipt against the target, e.g. «12 dager (mål 14 dager, 24.11.2026)». */
export function ClockText({ clock }: { clock: CaseClock }) {
  const tag = clock.targetUrgency ? URGENCY_TAGS[clock.targetUrgency] : undefined;
  return (
    <>
      {days(clock.daysSinceReceived)} (mål {days(clock.targetDays)}, {formatDate(clock.targetDate)})
      {tag && <> <span class="ds-tag" data-color={tag.color}>{tag.text}</span></>}
    </>
  );
}

/** The foreløpig svar: sent (and when the decision is expected), or when it is due. */
export function InterimReplyText({ a }: { a: PendingView }) {
  if (a.interimReplySentDate) return <>Sendt {formatDate(a.interimReplySentDate)}, vedtak ventet {formatDate(a.interimReplyExpectedDate)}</>;
  const tag = a.clock.interimReplyUrgency ? URGENCY_TAGS[a.clock.interimReplyUrgency] : undefined;
  return <>Frist {formatDate(a.clock.interimReplyDue)}{tag && <> <span class="ds-tag" data-color={tag.color}>{tag.text}</span></>}</>;
}

function PendingCard({ a, personId, forms, csrfToken }: { a: PendingView; personId: number; forms: Record<string, FormState>; csrfToken: string }) {
  const base = `/personer/${personId}/soknader/${a.id}`;
  const reply = forms[`forelopig-${a.id}`];
  const received = forms[`mottatt-${a.id}`];
  return (
    <article class="ds-card vedtak-card" id={`soknad-${a.id}`} aria-labelledby={`soknad-${a.id}-tittel`}>
      <header class="vedtak-head">
        <h3 class="ds-heading" data-size="xs" id={`soknad-${a.id}-tittel`}>Søknad om {KIND_LABELS[a.kind]?.toLowerCase()}{a.requiredTags.length > 0 && ` – ${formatTags(a.requiredTags)}`}</h3>
        <span class="ds-tag" data-color="info">Under behandling</span>
      </header>
      <dl class="facts">
        <dt>Søknad mottatt</dt><dd>{formatDate(a.receivedDate)}</dd>
        <dt>Dager siden mottatt</dt><dd><ClockText clock={a.clock} /></dd>
        <dt>Foreløpig svar</dt><dd><InterimReplyText a={a} /></dd>
        <dt>Oppholdssted</dt><dd>{a.applicantLocation ? LOCATION_LABELS[a.applicantLocation] : '–'}</dd>
        <dt>Saksbehandler</dt><dd>{a.handlerName ?? '–'}</dd>
      </dl>
      <div class="vedtak-actions">
        <p class="ds-paragraph">
          <a class="ds-button" data-variant="primary" href={`${base}/vedtak#nytt-vedtak`} hx-get={`${base}/vedtak`} hx-target="#person-view" hx-swap="outerHTML">Fatt vedtak</a>
        </p>
        <ActionForm action={`${base}/forelopig-svar`} csrfToken={csrfToken} label="Registrer foreløpig svar" open={hasErrors(reply)}>
          <p class="ds-paragraph" data-size="sm">Forvaltningsloven § 11 a: saken kan ikke avgjøres innen en måned etter at søknaden kom inn.</p>
          <InputField prefix={`forelopig-${a.id}`} name="sendt" type="date" label="Foreløpig svar sendt" state={reply ?? EMPTY_FORM} />
          <InputField prefix={`forelopig-${a.id}`} name="forventet" type="date" label="Vedtak ventet" state={reply ?? EMPTY_FORM} />
        </ActionForm>
        <ReceivedDateForm personId={personId} applicationId={a.id} receivedDate={a.receivedDate} state={received} csrfToken={csrfToken} />
      </div>
    </article>
  );
}

/** Correcting the date an application (pending or decided) came in: only with a reason, audited. */
export function ReceivedDateForm({ personId, applicationId, receivedDate, state = EMPTY_FORM, csrfToken }: { personId: number; applicationId: number; receivedDate: string; state?: FormState; csrfToken: string }) {
  return (
    <ActionForm action={`/personer/${personId}/soknader/${applicationId}/mottatt`} csrfToken={csrfToken} label="Endre mottatt-dato" open={hasErrors(state)}>
      <InputField prefix={`mottatt-${applicationId}`} name="mottatt" type="date" label="Riktig mottatt-dato" state={state} fallback={receivedDate} />
      <InputField prefix={`mottatt-${applicationId}`} name="begrunnelse" label="Begrunnelse for endringen (påkrevd)" state={state} />
    </ActionForm>
  );
}

function RegisterForm({ personId, data, state = EMPTY_FORM, today, csrfToken }: { personId: number; data: ApplicationSectionData; state?: FormState; today: string; csrfToken: string }) {
  const action = `/personer/${personId}/soknader`;
  return (
    <details class="ds-details action-form" open={hasErrors(state)} id="ny-soknad">
      <summary>Registrer søknad mottatt</summary>
      <form method="post" action={action} class="form-grid" hx-post={action} hx-target="#person-view" hx-swap="outerHTML" novalidate>
        <input type="hidden" name="_csrf" value={csrfToken} />
        <InputField prefix="soknad" name="mottatt" type="date" label="Dato søknaden kom inn" state={state} fallback={today} />
        <SelectField prefix="soknad" name="type" label="Søker om" state={state} options={options(KIND_LABELS)} />
        <div class="form-wide">
          <CheckboxGroup prefix="soknad" name="behov" label="Behov (bofellesskap: velg ett)" state={state} options={options(TAG_LABELS)} />
        </div>
        <SelectField prefix="soknad" name="oppholdssted" label="Hvor er personen nå" state={state} fallback={data.defaultLocation} options={options(LOCATION_LABELS)} />
        <SelectField prefix="soknad" name="saksbehandler" label="Saksbehandler" state={state} fallback={String(data.currentUserId)}
          options={data.handlers.map((h) => ({ value: String(h.id), label: h.name }))} />
        <div class="form-wide"><button class="ds-button" data-variant="primary" type="submit">Registrer søknad</button></div>
      </form>
    </details>
  );
}
