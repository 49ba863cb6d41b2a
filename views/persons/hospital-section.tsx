import type { ComponentChildren } from 'preact';
import type { StayView } from '../../db/queries/person-page.ts';
import { days, formatDate, formatDateTime, formatNok } from '../format.ts';
import { EMPTY_FORM, type FormState, InputField, SelectField } from './fields.tsx';
import { HOSPITAL_LABELS } from './labels.ts';
import { scrollBox } from '../components/scroll-box.ts';

interface Props { personId: number; stays: StayView[]; forms: Record<string, FormState>; today: string; csrfToken: string }

/** Hospital stays with overliggerdøgn, and the hospital's messages that fit the open stay. */
export function HospitalSection({ personId, stays, forms, today, csrfToken }: Props) {
  const open = stays.find((s) => s.endedDate === null);
  return (
    <>
      <h2 class="ds-heading" data-size="md">Sykehus</h2>
      {stays.length === 0 ? <p class="ds-paragraph">Ingen sykehusopphold er registrert.</p> : <StaysTable stays={stays} />}
      <div class="hospital-actions">
        {!open && <AdmitForm personId={personId} state={forms.innlagt} today={today} csrfToken={csrfToken} />}
        {open && <DischargeReadyForm personId={personId} state={forms.utskrivningsklar} today={today} csrfToken={csrfToken} />}
        {open?.status === 'utskrivningsklar' && <NotReadyForm personId={personId} state={forms['ikke-utskrivningsklar']} csrfToken={csrfToken} />}
        {open && <EndForm personId={personId} state={forms.avslutt} today={today} csrfToken={csrfToken} />}
      </div>
    </>
  );
}

function StaysTable({ stays }: { stays: StayView[] }) {
  return (
    <div class="table-scroll" {...scrollBox('Sykehusopphold')}>
      <table class="ds-table" data-border data-size="sm">
        <thead><tr><th>Innlagt</th><th>Status</th><th>Utskrivningsklar</th><th>Varslet</th><th>Avsluttet</th><th>Overliggerdøgn</th></tr></thead>
        <tbody>
          {stays.map((s) => (
            <tr key={s.id}>
              <td>{formatDate(s.admittedDate)}</td>
              <td>{HOSPITAL_LABELS[s.status] ?? s.status}</td>
              <td>{formatDate(s.dischargeReadyDate)}</td>
              <td>{s.notifiedAt ? formatDateTime(s.notifiedAt) : '–'}</td>
              <td>{s.endedDate ? `${formatDate(s.endedDate)}${s.endedReason ? ` (${s.endedReason})` : ''}` : '–'}</td>
              <td>{s.overligger.days > 0
                ? <span class="ds-tag" data-color={s.endedDate ? 'neutral' : 'danger'}>{days(s.overligger.days)} · {formatNok(s.overligger.nok)}</span>
                : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function HospitalForm({ personId, path, label, open, csrfToken, children }: { personId: number; path: string; label: string; open: boolean; csrfToken: string; children: ComponentChildren }) {
  const action = `/personer/${personId}/sykehus${path}`;
  return (
    <details class="ds-details action-form" open={open}>
      <summary>{label}</summary>
      <form method="post" action={action} class="form-stack" hx-post={action} hx-target="#person-view" hx-swap="outerHTML" novalidate>
        <input type="hidden" name="_csrf" value={csrfToken} />
        {children}
        <div><button class="ds-button" data-variant="secondary" type="submit">{label}</button></div>
      </form>
    </details>
  );
}

const hasErrors = (state?: FormState) => Boolean(state && Object.values(state.errors).some(Boolean));

function AdmitForm({ personId, state = EMPTY_FORM, today, csrfToken }: { personId: number; state?: FormState; today: string; csrfToken: string }) {
  return (
    <HospitalForm personId={personId} path="" label="Melding om innlagt pasient" open={hasErrors(state)} csrfToken={csrfToken}>
      <InputField prefix="innlagt" name="innlagt" type="date" label="Innlagt dato" state={state} fallback={today} />
      <InputField prefix="innlagt" name="utskrivningsklar" type="date" label="Utskrivningsklar fra (valgfri)" state={state} hint="Fyll ut hvis sykehuset allerede har meldt pasienten utskrivningsklar." />
      <InputField prefix="innlagt" name="varslet" type="datetime-local" label="Varslet (valgfri, ellers nå)" state={state} />
    </HospitalForm>
  );
}

function DischargeReadyForm({ personId, state = EMPTY_FORM, today, csrfToken }: { personId: number; state?: FormState; today: string; csrfToken: string }) {
  return (
    <HospitalForm personId={personId} path="/utskrivningsklar" label="Melding om utskrivningsklar pasient" open={hasErrors(state)} csrfToken={csrfToken}>
      <InputField prefix="klar" name="utskrivningsklar" type="date" label="Utskrivningsklar fra" state={state} fallback={today} />
      <InputField prefix="klar" name="varslet" type="datetime-local" label="Varslet (valgfri, ellers nå)" state={state} />
    </HospitalForm>
  );
}

function NotReadyForm({ personId, state = EMPTY_FORM, csrfToken }: { personId: number; state?: FormState; csrfToken: string }) {
  return (
    <HospitalForm personId={personId} path="/ikke-utskrivningsklar" label="Ikke lenger utskrivningsklar" open={hasErrors(state)} csrfToken={csrfToken}>
      <InputField prefix="ikke-klar" name="merknad" label="Merknad (valgfri)" state={state} />
    </HospitalForm>
  );
}

function EndForm({ personId, state = EMPTY_FORM, today, csrfToken }: { personId: number; state?: FormState; today: string; csrfToken: string }) {
  return (
    <HospitalForm personId={personId} path="/avslutt" label="Avslutt sykehusopphold" open={hasErrors(state)} csrfToken={csrfToken}>
      <SelectField prefix="slutt" name="melding" label="Melding" state={state}
        options={[{ value: 'utskrevet', label: 'Utskrevet (hjem eller annet sted)' }, { value: 'avmeldt', label: 'Avmeldt av sykehuset' }]} />
      <InputField prefix="slutt" name="dato" type="date" label="Dato" state={state} fallback={today} />
      <InputField prefix="slutt" name="arsak" label="Hvor / hvorfor (påkrevd)" hint="F.eks. hjem med hjemmetjenester, annen kommune" state={state} />
    </HospitalForm>
  );
}
