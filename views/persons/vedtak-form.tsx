import type { UnitOption } from '../../db/queries/vedtak.ts';
import { FieldError } from '../components/field-error.tsx';
import { formatDate } from '../format.ts';
import { CheckboxGroup, EMPTY_FORM, type FormState, InputField, SelectField, TextareaField, valueOf } from './fields.tsx';
import { KIND_LABELS, TAG_LABELS } from './labels.ts';

export interface VedtakFormProps {
  personId: number;
  state?: FormState;
  units: UnitOption[];
  guaranteeDays: Record<'korttid' | 'langtid' | 'bofellesskap', number>;
  today: string;
  csrfToken: string;
  /** A pending application being decided: the form posts to it, opens, and keeps its received date. */
  deciding?: { applicationId: number; receivedDate: string };
}

const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

/** A new application with its vedtak; open when it comes back with messages. */
export function VedtakForm({ personId, state = EMPTY_FORM, units, guaranteeDays, today, csrfToken, deciding }: VedtakFormProps) {
  const action = deciding ? `/personer/${personId}/soknader/${deciding.applicationId}/vedtak` : `/personer/${personId}/vedtak`;
  const open = Boolean(deciding) || Object.values(state.errors).some(Boolean);
  const g = guaranteeDays;
  return (
    <details class="ds-details action-form" open={open} id="nytt-vedtak">
      {deciding ? <summary data-focus>Fatt vedtak på søknaden mottatt {formatDate(deciding.receivedDate)}</summary> : <summary>Registrer nytt vedtak</summary>}
      <form method="post" action={action} class="form-grid" data-vedtak-form hx-post={action} hx-target="#person-view" hx-swap="outerHTML" novalidate>
        <input type="hidden" name="_csrf" value={csrfToken} />
        {deciding
          ? <p class="ds-paragraph"><input type="hidden" name="mottatt" value={deciding.receivedDate} />Søknad mottatt: {formatDate(deciding.receivedDate)} (endres med «Endre mottatt-dato»)</p>
          : <InputField prefix="vedtak" name="mottatt" type="date" label="Søknad mottatt" state={state} />}
        <InputField prefix="vedtak" name="vedtaksdato" type="date" label="Vedtaksdato" state={state} fallback={today} />
        <SelectField prefix="vedtak" name="type" label="Type plass" state={state} options={options(KIND_LABELS)} />
        <SelectField prefix="vedtak" name="utfall" label="Utfall" state={state}
          options={[{ value: 'innvilget', label: 'Innvilget' }, { value: 'ventelistevedtak', label: 'Ventelistevedtak' }, { value: 'avslag', label: 'Avslag' }]} />
        <div class="form-wide">
          <CheckboxGroup prefix="vedtak" name="behov" label="Behov (bofellesskap: velg ett)" state={state} options={options(TAG_LABELS)} />
        </div>
        <InterimFields state={state} />
        <SelectField prefix="vedtak" name="prioritet" label="Prioritet" state={state} fallback="2"
          options={[{ value: '1', label: '1 – høy' }, { value: '2', label: '2 – middels' }, { value: '3', label: '3 – lav' }]} />
        <InputField prefix="vedtak" name="prioritet_begrunnelse" label="Begrunnelse for prioriteten" state={state} />
        <InputField prefix="vedtak" name="garantidato" type="date" label="Garantidato (valgfri)" state={state}
          hint={`Tom: vedtaksdato + ${g.korttid} dager (korttid), ${g.langtid} (langtid), ${g.bofellesskap} (bofellesskap).`} />
        <InputField prefix="vedtak" name="garanti_begrunnelse" label="Begrunnelse for annen garantidato" state={state} />
        <InputField prefix="vedtak" name="tidligste_dato" type="date" label="Tidligste innflytting (valgfri)" state={state} />
        <UnitChoices units={units} state={state} />
        <div class="form-wide">
          <TextareaField prefix="vedtak" name="begrunnelse" label="Begrunnelse for vedtaket" rows={4} state={state} />
        </div>
        <div class="form-wide">
          <p class="ds-paragraph" data-size="sm">Klageordning følger av typen: korttid og langtid klages til Statsforvalteren (4 uker), bofellesskap til kommunen (3 uker).</p>
          <button class="ds-button" data-variant="primary" type="submit">Lagre vedtak</button>
        </div>
      </form>
    </details>
  );
}

/** Needs an interim korttid stay may have: the tags of korttid places. */
export const INTERIM_TAG_LABELS: Record<string, string> = { rehabilitering: TAG_LABELS.rehabilitering ?? 'Rehabilitering' };

/**
 * «Kan vente på korttidsplass» (langtid and bofellesskap): the person may wait in a korttid bed for
 * their own place. Checked by default (langtid); static/vedtak-interim.js follows the chosen type
 * until it is ticked. `kan_vente_sendt` tells an unticked box from a form without it.
 */
function InterimFields({ state }: { state: FormState }) {
  const sent = valueOf(state, 'kan_vente_sendt') !== '';
  const checked = sent ? valueOf(state, 'kan_vente') === 'ja' : true;
  const error = state.errors.kan_vente;
  return (
    <fieldset class="ds-fieldset form-wide" data-interim aria-describedby={['vedtak-kan_vente-hint', error ? 'vedtak-kan_vente-feil' : ''].filter(Boolean).join(' ')}>
      <legend class="ds-label">Mens personen venter (langtid og bofellesskap)</legend>
      <input type="hidden" name="kan_vente_sendt" value="ja" />
      <div class="ds-field">
        <input class="ds-input" type="checkbox" id="vedtak-kan_vente" name="kan_vente" value="ja" checked={checked}
          data-touched={sent ? 'true' : undefined} aria-invalid={error ? 'true' : undefined} />
        <label class="ds-label" data-weight="regular" for="vedtak-kan_vente">Kan vente på korttidsplass</label>
      </div>
      <p class="ds-paragraph field-hint" data-size="sm" id="vedtak-kan_vente-hint">
        Planleggeren kan foreslå et korttidsopphold til egen plass er klar, for eksempel for å komme ut av sykehuset. Vanligvis på for langtid, av for bofellesskap.
      </p>
      <FieldError id="vedtak-kan_vente-feil" message={error} />
      <CheckboxGroup prefix="vedtak" name="korttid_behov" label="Behov under korttidsoppholdet (valgfritt)" state={state} options={options(INTERIM_TAG_LABELS)} />
    </fieldset>
  );
}

function UnitChoices({ units, state }: { units: UnitOption[]; state: FormState }) {
  const unitOptions = units.map((u) => ({ value: String(u.id), label: `${u.name} (${KIND_LABELS[u.kind]?.toLowerCase()})` }));
  return (
    <details class="ds-details form-wide" open={Boolean(state.errors.foretrukket || state.errors.utelukket)}>
      <summary>Ønskede og utelukkede enheter (valgfritt)</summary>
      <CheckboxGroup prefix="vedtak" name="foretrukket" label="Ønsker" state={state} options={unitOptions} />
      <CheckboxGroup prefix="vedtak" name="utelukket" label="Skal ikke til" state={state} options={unitOptions} />
    </details>
  );
}
