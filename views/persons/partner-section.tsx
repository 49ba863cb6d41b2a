/** «Ønsker å bo sammen med» (samboergaranti): the person's partner per waiting-list entry, linked or unlinked with a reason. */
import type { PartnerEntryView } from '../../db/queries/partners.ts';
import { formatDate, osloDay } from '../format.ts';
import { EMPTY_FORM, type FormState, InputField, SelectField } from './fields.tsx';
import { KIND_LABELS, WAIT_LABELS } from './labels.ts';

interface Props { personId: number; personName: string; entries: PartnerEntryView[]; forms: Record<string, FormState>; csrfToken: string }

const hasErrors = (state?: FormState) => Boolean(state && Object.values(state.errors).some(Boolean));

export function PartnerSection({ personId, personName, entries, forms, csrfToken }: Props) {
  if (entries.length === 0) return null;
  return (
    <section class="partner-section" aria-labelledby="partner-h">
      <h2 class="ds-heading" data-size="md" id="partner-h">Ønsker å bo sammen med</h2>
      <p class="ds-paragraph" data-size="sm">Ektefeller og samboere som begge venter på samme type plass planlegges sammen: samme enhet, samme dag, eller ingen av dem.</p>
      {entries.map((e) => (
        <div key={e.entryId} class="partner-entry" id={`partner-${e.entryId}`}>
          <h3 class="ds-heading" data-size="xs">{KIND_LABELS[e.kind]}</h3>
          {e.link ? <Linked personId={personId} personName={personName} entry={e} state={forms[`partner-slutt-${e.entryId}`]} csrfToken={csrfToken} />
            : <Unlinked personId={personId} entry={e} state={forms[`partner-${e.entryId}`]} csrfToken={csrfToken} />}
          {/* A refusal of the form this state does not show (someone linked or unlinked meanwhile). */}
          <StrayError id={`partner-${e.entryId}-partner-feil`} state={e.link ? forms[`partner-${e.entryId}`] : undefined} field="partner" />
          <StrayError id={`partner-slutt-${e.entryId}-begrunnelse-feil`} state={e.link ? undefined : forms[`partner-slutt-${e.entryId}`]} field="begrunnelse" />
        </div>
      ))}
    </section>
  );
}

function StrayError({ id, state, field }: { id: string; state?: FormState; field: string }) {
  const message = state?.errors[field];
  return message ? <div class="ds-alert" data-color="danger" data-announce="assertive" id={id}>{message}</div> : null;
}

function Linked({ personId, personName, entry, state = EMPTY_FORM, csrfToken }: { personId: number; personName: string; entry: PartnerEntryView; state?: FormState; csrfToken: string }) {
  const link = entry.link!;
  const action = `/personer/${personId}/venteliste/${entry.entryId}/partner/avslutt`;
  return (
    <>
      <p class="ds-paragraph partner-link">
        {personName} ønsker å bo sammen med <a class="ds-link" href={`/personer/${link.partnerPersonId}`}>{link.partnerName}</a>
        {' '}(knyttet {formatDate(osloDay(link.createdAt))}). Begrunnelse: {link.reason}
      </p>
      {link.partnerStatus !== 'waiting' && entry.status === 'waiting' && (
        <p class="ds-paragraph muted">{link.partnerName} står ikke lenger som ventende ({WAIT_LABELS[link.partnerStatus]?.text.toLowerCase() ?? link.partnerStatus}), så paret er ikke med i planleggingen.</p>
      )}
      {entry.interimAllowed && <p class="ds-paragraph muted">«Kan vente på korttidsplass» i vedtaket gjelder ikke så lenge paret er knyttet sammen: de flytter inn sammen.</p>}
      <details class="ds-details action-form" open={hasErrors(state)}>
        <summary>Avslutt koblingen</summary>
        <form method="post" action={action} class="form-stack" hx-post={action} hx-target="#person-view" hx-swap="outerHTML" novalidate>
          <input type="hidden" name="_csrf" value={csrfToken} />
          <InputField prefix={`partner-slutt-${entry.entryId}`} name="begrunnelse" label="Begrunnelse (påkrevd)" hint="F.eks. ønsker ikke lenger å bo sammen, den ene er død" state={state} />
          <div><button class="ds-button" data-variant="secondary" type="submit">Avslutt koblingen</button></div>
        </form>
      </details>
    </>
  );
}

function Unlinked({ personId, entry, state = EMPTY_FORM, csrfToken }: { personId: number; entry: PartnerEntryView; state?: FormState; csrfToken: string }) {
  if (entry.status !== 'waiting') return <p class="ds-paragraph">Ingen partner.</p>;
  if (entry.interimAllowed && !hasErrors(state)) {
    return <p class="ds-paragraph">Vedtaket sier at personen kan vente på korttidsplass. Et par flytter inn sammen og kan ikke vente hver for seg på korttid: registrer et nytt vedtak uten «Kan vente på korttidsplass» for å knytte en partner.</p>;
  }
  const action = `/personer/${personId}/venteliste/${entry.entryId}/partner`;
  const prefix = `partner-${entry.entryId}`;
  return (
    <details class="ds-details action-form" open={hasErrors(state)}>
      <summary>Knytt til en partner</summary>
      <form method="post" action={action} class="form-stack" hx-post={action} hx-target="#person-view" hx-swap="outerHTML" novalidate>
        <input type="hidden" name="_csrf" value={csrfToken} />
        <SelectField prefix={prefix} name="partner" label="Ønsker å bo sammen med" state={state}
          hint={entry.candidates.length ? `Personer som venter på ${KIND_LABELS[entry.kind]?.toLowerCase()}, uten partner og uten korttid mens de venter.` : 'Ingen andre venter på samme type plass uten partner og uten korttid mens de venter.'}
          options={[{ value: '', label: 'Velg person' }, ...entry.candidates.map((c) => ({ value: String(c.entryId), label: c.label }))]} />
        <InputField prefix={prefix} name="begrunnelse" label="Begrunnelse (påkrevd)" hint="F.eks. ektefeller, samboere i mange år" state={state} />
        <div><button class="ds-button" data-variant="primary" type="submit">Lagre koblingen</button></div>
      </form>
    </details>
  );
}
