import type { ComponentChildren } from 'preact';
import { formatDate, formatTags } from '../format.ts';
import { ReceivedDateForm } from './application-section.tsx';
import type { FormState } from './fields.tsx';
import { AppealSection } from './appeal-section.tsx';
import { APPEAL_LABELS, KIND_LABELS, OUTCOME_LABELS, PRIORITY_LABELS, WAIT_LABELS } from './labels.ts';
import type { PersonViewData } from './person-view.tsx';
import { PriorityForm, WithdrawForm } from './status-forms.tsx';

type Vedtak = PersonViewData['vedtak'][number];

/** Every vedtak of the person, newest first, with its place on the waiting list. */
export function VedtakList({ data, forms, csrfToken }: { data: PersonViewData; forms: Record<string, FormState>; csrfToken: string }) {
  if (data.vedtak.length === 0) return <p class="ds-paragraph">Ingen vedtak er registrert.</p>;
  return (
    <div class="vedtak-list">
      {data.vedtak.map((v) => (
        <VedtakCard key={v.id} v={v} personId={data.person.id} forms={forms} csrfToken={csrfToken}
          appeal={<AppealSection personId={data.person.id} vedtakId={v.id} decided={v.decisionDate !== null} appeal={data.appeals.find((a) => a.applicationId === v.id)}
            forms={forms} today={data.today} csrfToken={csrfToken} />} />
      ))}
    </div>
  );
}

function VedtakCard({ v, personId, forms, csrfToken, appeal }: { v: Vedtak; personId: number; forms: Record<string, FormState>; csrfToken: string; appeal: ComponentChildren }) {
  const outcome = v.outcome ? OUTCOME_LABELS[v.outcome] : undefined;
  const wait = v.entry ? WAIT_LABELS[v.entry.status] : undefined;
  return (
    <article class="ds-card vedtak-card" id={`vedtak-${v.id}`}>
      <header class="vedtak-head">
        <h3 class="ds-heading" data-size="xs">{KIND_LABELS[v.kind]}{v.requiredTags.length > 0 && ` – ${formatTags(v.requiredTags)}`}</h3>
        {outcome && <span class="ds-tag" data-color={outcome.color}>{outcome.text}</span>}
        {wait && <span class="ds-tag" data-color={wait.color}>{wait.text}</span>}
      </header>
      <dl class="facts">
        <dt>Søknad mottatt</dt><dd>{formatDate(v.receivedDate)}</dd>
        <dt>Vedtaksdato</dt><dd>{formatDate(v.decisionDate)}</dd>
        {v.priority !== null && <><dt>Prioritet</dt><dd>{PRIORITY_LABELS[v.priority]}{v.priorityReason && ` – ${v.priorityReason}`}</dd></>}
        {v.guaranteeDate && <><dt>Garantidato</dt><dd>{formatDate(v.guaranteeDate)}{v.guaranteeOverrideReason && ` (overstyrt: ${v.guaranteeOverrideReason})`}</dd></>}
        {v.appealDeadline && <><dt>Klage</dt><dd>{APPEAL_LABELS[v.appealRegime]}: frist {formatDate(v.appealDeadline)}</dd></>}
        {v.interimAllowed && <><dt>Mens personen venter</dt><dd>Kan vente på korttidsplass{v.interimTags.length > 0 && ` (trenger ${formatTags(v.interimTags)})`}</dd></>}
        {v.entry?.earliestDate && <><dt>Tidligst</dt><dd>{formatDate(v.entry.earliestDate)}</dd></>}
        {v.preferredUnits.length > 0 && <><dt>Ønsker</dt><dd>{v.preferredUnits.join(', ')}</dd></>}
        {v.excludedUnits.length > 0 && <><dt>Ikke</dt><dd>{v.excludedUnits.join(', ')}</dd></>}
        {v.entry?.statusReason && <><dt>Årsak til status</dt><dd>{v.entry.statusReason}</dd></>}
        <dt>Begrunnelse</dt><dd class="prewrap">{v.reasoning ?? '–'}</dd>
      </dl>
      <ReceivedDateForm personId={personId} applicationId={v.id} receivedDate={v.receivedDate} state={forms[`mottatt-${v.id}`]} csrfToken={csrfToken} />
      {v.entry && (v.entry.status === 'waiting' || v.entry.status === 'reserved') && (
        <div class="vedtak-actions">
          <PriorityForm personId={personId} entryId={v.entry.id} current={v.priority ?? 3} state={forms[`prioritet-${v.entry.id}`]} csrfToken={csrfToken} />
          {v.entry.status === 'waiting' && <WithdrawForm personId={personId} entryId={v.entry.id} state={forms[`trekk-${v.entry.id}`]} csrfToken={csrfToken} />}
        </div>
      )}
      {appeal}
    </article>
  );
}
