/** Changes to a waiting person: priority, withdrawal, death. Each needs a reason. */
import type { ComponentChildren } from 'preact';
import { EMPTY_FORM, type FormState, InputField, SelectField } from './fields.tsx';

interface ActionProps { action: string; csrfToken: string; children: ComponentChildren; label: string; open: boolean; variant?: string }

/** A small form in a disclosure, posting to `action` and answering with the whole person view. */
export function ActionForm({ action, csrfToken, children, label, open, variant = 'secondary' }: ActionProps) {
  return (
    <details class="ds-details action-form" open={open}>
      <summary>{label}</summary>
      <form method="post" action={action} class="form-stack" hx-post={action} hx-target="#person-view" hx-swap="outerHTML" novalidate>
        <input type="hidden" name="_csrf" value={csrfToken} />
        {children}
        <div><button class="ds-button" data-variant={variant} type="submit">{label}</button></div>
      </form>
    </details>
  );
}

export const hasErrors = (state?: FormState) => Boolean(state && Object.values(state.errors).some(Boolean));

export function PriorityForm({ personId, entryId, current, state = EMPTY_FORM, csrfToken }: { personId: number; entryId: number; current: number; state?: FormState; csrfToken: string }) {
  const prefix = `prioritet-${entryId}`;
  return (
    <ActionForm action={`/personer/${personId}/venteliste/${entryId}/prioritet`} csrfToken={csrfToken} label="Endre prioritet" open={hasErrors(state)}>
      <SelectField prefix={prefix} name="prioritet" label="Ny prioritet" state={state} fallback={String(current)}
        options={[{ value: '1', label: '1 – høy' }, { value: '2', label: '2 – middels' }, { value: '3', label: '3 – lav' }]} />
      <InputField prefix={prefix} name="begrunnelse" label="Begrunnelse (påkrevd)" state={state} />
    </ActionForm>
  );
}

export function WithdrawForm({ personId, entryId, state = EMPTY_FORM, csrfToken }: { personId: number; entryId: number; state?: FormState; csrfToken: string }) {
  return (
    <ActionForm action={`/personer/${personId}/venteliste/${entryId}/trekk`} csrfToken={csrfToken} label="Trekk fra ventelisten" open={hasErrors(state)}>
      <InputField prefix={`trekk-${entryId}`} name="begrunnelse" label="Begrunnelse (påkrevd)" hint="F.eks. takket nei, flyttet, klarer seg hjemme" state={state} />
    </ActionForm>
  );
}

export function DeceasedForm({ personId, state = EMPTY_FORM, csrfToken }: { personId: number; state?: FormState; csrfToken: string }) {
  return (
    <ActionForm action={`/personer/${personId}/dod`} csrfToken={csrfToken} label="Registrer dødsfall" open={hasErrors(state)} variant="secondary">
      <p class="ds-paragraph" data-size="sm">Alle ventelisteplasser settes til «død», og åpne opphold på sykehus og i enhet avsluttes på datoen.</p>
      <InputField prefix="dod" name="dato" type="date" label="Dødsdato" state={state} />
      <InputField prefix="dod" name="begrunnelse" label="Kilde / begrunnelse (påkrevd)" state={state} />
    </ActionForm>
  );
}
