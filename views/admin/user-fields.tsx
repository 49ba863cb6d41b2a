/** The user form's fields, shared by «Ny bruker» and a user's own page. */
import type { UnitChoice } from '../../db/queries/user-admin.ts';
import type { Role } from '../../db/schema.ts';
import { FieldError, type FieldErrors } from '../components/field-error.tsx';
import { SelectField, TextField } from './fields.tsx';

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Administrator',
  koordinator: 'Koordinator',
  institusjonsleder: 'Institusjonsleder',
  mote: 'Tildelingsmøte (kun lesing)',
  kontorleder: 'Leder for kontoret (kun nøkkeltall)',
};

const ROLE_OPTIONS = [{ value: '', label: 'Velg rolle' }, ...Object.entries(ROLE_LABELS).map(([value, label]) => ({ value, label }))];

/** What the form shows: the submitted text after a refusal, or the stored values. */
export interface UserValues {
  brukernavn?: string;
  navn?: string;
  rolle?: string;
  enheter?: number[];
}

export function UserDetailFields({ values, errors, units, idPrefix }: { values: UserValues; errors: FieldErrors; units: UnitChoice[]; idPrefix: string }) {
  return (
    <>
      <TextField name="navn" label="Fullt navn" value={values.navn} error={errors.navn} idPrefix={idPrefix} autocomplete="off" />
      <SelectField name="rolle" label="Rolle" value={values.rolle} options={ROLE_OPTIONS} error={errors.rolle} idPrefix={idPrefix} />
      <UnitChoices units={units} selected={values.enheter ?? []} error={errors.enheter} idPrefix={idPrefix} />
    </>
  );
}

/** Checkboxes per unit, by institution; only institusjonsledere keep units. */
function UnitChoices({ units, selected, error, idPrefix }: { units: UnitChoice[]; selected: number[]; error?: string; idPrefix: string }) {
  const institutions = [...new Set(units.map((u) => u.institution))];
  return (
    <fieldset class="ds-fieldset" aria-describedby={error ? `${idPrefix}-enheter-error` : undefined}>
      <legend class="ds-label">Enheter (bare for institusjonsledere)</legend>
      <FieldError id={`${idPrefix}-enheter-error`} message={error} />
      {institutions.map((institution) => (
        <div key={institution}>
          <div class="muted">{institution}</div>
          {units.filter((u) => u.institution === institution).map((unit) => (
            <div class="ds-field" key={unit.id}>
              <input class="ds-input" type="checkbox" id={`${idPrefix}-enhet-${unit.id}`} name="enheter" value={String(unit.id)}
                checked={selected.includes(unit.id)} />
              <label class="ds-label" for={`${idPrefix}-enhet-${unit.id}`}>{unit.name} <span class="mono muted">{unit.code}</span></label>
            </div>
          ))}
        </div>
      ))}
    </fieldset>
  );
}

/** The submitted values, as typed, for re-rendering a refused form. */
export function submittedUser(body: Record<string, unknown> | undefined): UserValues {
  const raw = body?.enheter;
  const list = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  return {
    brukernavn: typeof body?.brukernavn === 'string' ? body.brukernavn : '',
    navn: typeof body?.navn === 'string' ? body.navn : '',
    rolle: typeof body?.rolle === 'string' ? body.rolle : '',
    enheter: list.filter((v): v is string => typeof v === 'string').map(Number).filter(Number.isInteger),
  };
}
