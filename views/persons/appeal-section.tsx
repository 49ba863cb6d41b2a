/** A vedtak's klage on the person page: its facts and state, and the form for its next step. */
import type { AppealView } from '../../db/queries/person-appeals.ts';
import { formatDate } from '../format.ts';
import { appealStateLabel, APPEAL_OUTCOME_LABELS, REASSESSMENT_LABELS } from './appeal-labels.ts';
import { EMPTY_FORM, type FormState, InputField, SelectField } from './fields.tsx';
import { ActionForm, hasErrors } from './status-forms.tsx';

interface Props {
  personId: number;
  vedtakId: number;
  decided: boolean;
  appeal: AppealView | undefined;
  forms: Record<string, FormState>;
  today: string;
  csrfToken: string;
}

/** The klage of one vedtak, or the form to register one when the vedtak is decided. */
export function AppealSection({ personId, vedtakId, decided, appeal, forms, today, csrfToken }: Props) {
  if (!appeal) return decided ? <RegisterForm personId={personId} vedtakId={vedtakId} state={forms[`klage-${vedtakId}`]} today={today} csrfToken={csrfToken} /> : null;
  const tag = appealStateLabel(appeal.state, appeal.body, appeal.outcome);
  return (
    <section class="appeal" id={`klage-${appeal.id}`} aria-label="Klage">
      <header class="vedtak-head">
        <h4 class="ds-heading" data-size="2xs">Klage</h4>
        <span class="ds-tag" data-color={tag.color}>{tag.text}</span>
      </header>
      <dl class="facts">
        <dt>Klage mottatt</dt>
        <dd>{formatDate(appeal.receivedDate)}{' '}
          <span class="ds-tag" data-color={appeal.inTime ? 'success' : 'danger'}>{appeal.inTime ? 'Innen fristen' : 'For sent'}</span></dd>
        <dt>Klagefrist</dt>
        <dd>{formatDate(appeal.deadline)} ({appeal.vedtakReceivedDate ? `regnet fra vedtaket ble mottatt ${formatDate(appeal.vedtakReceivedDate)}` : 'regnet fra vedtaksdatoen'})</dd>
        {appeal.reassessedDate && <><dt>Tjenestekontorets vurdering</dt><dd>{formatDate(appeal.reassessedDate)}: {REASSESSMENT_LABELS[appeal.reassessmentResult ?? '']}</dd></>}
        {appeal.forwardDue && <><dt>Sendes {appeal.body} senest</dt><dd>{formatDate(appeal.forwardDue)}</dd></>}
        {appeal.sentDate && <><dt>Sendt {appeal.body}</dt><dd>{formatDate(appeal.sentDate)}</dd></>}
        {appeal.outcome && <><dt>Utfall</dt><dd>{APPEAL_OUTCOME_LABELS[appeal.outcome]?.text} {formatDate(appeal.outcomeDate)}</dd></>}
      </dl>
      <NextStep appeal={appeal} personId={personId} forms={forms} today={today} csrfToken={csrfToken} />
    </section>
  );
}

function NextStep({ appeal, personId, forms, today, csrfToken }: { appeal: AppealView; personId: number; forms: Record<string, FormState>; today: string; csrfToken: string }) {
  const base = `/personer/${personId}/klager/${appeal.id}`;
  if (appeal.state === 'til-vurdering') {
    const state = forms[`klage-vurdering-${appeal.id}`] ?? EMPTY_FORM;
    return (
      <ActionForm action={`${base}/vurdering`} csrfToken={csrfToken} label="Registrer vurdering" open={hasErrors(state)}>
        <InputField prefix={`klage-vurdering-${appeal.id}`} name="vurdert_dato" type="date" label="Vurdert dato" state={state} fallback={today} />
        <SelectField prefix={`klage-vurdering-${appeal.id}`} name="vurdering" label="Resultat" state={state}
          options={[{ value: 'opprettholdt', label: 'Opprettholdes – sendes videre' }, { value: 'omgjort', label: 'Omgjøres av tjenestekontoret' }]} />
      </ActionForm>
    );
  }
  if (appeal.state === 'skal-sendes') {
    const state = forms[`klage-sendt-${appeal.id}`] ?? EMPTY_FORM;
    return (
      <ActionForm action={`${base}/sendt`} csrfToken={csrfToken} label="Registrer sendt" open={hasErrors(state)}>
        <InputField prefix={`klage-sendt-${appeal.id}`} name="sendt_dato" type="date" label="Sendt dato" state={state} fallback={today} />
      </ActionForm>
    );
  }
  if (appeal.state === 'sendt') {
    const state = forms[`klage-utfall-${appeal.id}`] ?? EMPTY_FORM;
    return (
      <ActionForm action={`${base}/utfall`} csrfToken={csrfToken} label="Registrer utfall av klagen" open={hasErrors(state)}>
        <SelectField prefix={`klage-utfall-${appeal.id}`} name="utfall" label={`Utfall hos ${appeal.body}`} state={state}
          options={Object.entries(APPEAL_OUTCOME_LABELS).map(([value, l]) => ({ value, label: l.text }))} />
        <InputField prefix={`klage-utfall-${appeal.id}`} name="utfall_dato" type="date" label="Dato for avgjørelsen" state={state} fallback={today} />
      </ActionForm>
    );
  }
  return null;
}

function RegisterForm({ personId, vedtakId, state = EMPTY_FORM, today, csrfToken }: { personId: number; vedtakId: number; state?: FormState; today: string; csrfToken: string }) {
  const prefix = `klage-${vedtakId}`;
  return (
    <ActionForm action={`/personer/${personId}/vedtak/${vedtakId}/klage`} csrfToken={csrfToken} label="Registrer klage" open={hasErrors(state)}>
      <InputField prefix={prefix} name="klage_mottatt" type="date" label="Klage mottatt" state={state} fallback={today} />
      <InputField prefix={prefix} name="vedtak_mottatt" type="date" label="Vedtaket mottatt av parten (valgfri)" state={state}
        hint="Klagefristen regnes fra dagen parten fikk vedtaket. Står feltet tomt, regnes den fra vedtaksdatoen." />
    </ActionForm>
  );
}
