import type { Resident } from '../../db/queries/report-events.ts';
import type { ReportFigures, ReportUnit } from '../../db/queries/reports.ts';
import { FieldError } from '../components/field-error.tsx';
import type { FormState } from './unit-card.tsx';

/** How many expected-departure rows the form has. */
export const DEPARTURE_ROWS = 4;

/** The form's values for a set of figures. */
export function reportValues(f: ReportFigures): Record<string, string> {
  const values: Record<string, string> = {
    bemannede: String(f.staffedBeds), belagt: String(f.occupied), ledige: String(f.freeNow), reservert: String(f.reserved),
    stengt: f.closed ? 'ja' : '', stengt_grunn: f.closedReason ?? '', merknad: f.note ?? '',
  };
  f.departures.slice(0, DEPARTURE_ROWS).forEach((d, i) => {
    values[`avreise_dato_${i}`] = d.date;
    values[`avreise_antall_${i}`] = String(d.count);
    values[`avreise_person_${i}`] = d.personId === null ? '' : String(d.personId);
  });
  return values;
}

interface FieldProps { id: string; name: string; label: string; values: Record<string, string>; errors: Record<string, string>; question?: string }

function NumberField({ id, name, label, values, errors, question }: FieldProps) {
  const fieldId = `${id}-${name}`;
  const described = [errors[name] && `${fieldId}-feil`, question].filter(Boolean).join(' ');
  return (
    <div class="ds-field">
      <label class="ds-label" for={fieldId}>{label}</label>
      <input class="ds-input" type="number" inputmode="numeric" min="0" step="1" id={fieldId} name={name} value={values[name] ?? ''}
        aria-invalid={errors[name] ? 'true' : undefined} aria-describedby={described || undefined} />
      <FieldError id={`${fieldId}-feil`} message={errors[name]} />
    </div>
  );
}

/** The whole report: figures, closed with reason, note and expected departures. */
export function ReportForm({ unit, target, state, residents }: { unit: ReportUnit; target: string; state?: FormState; residents: Resident[] }) {
  const id = `melding-${unit.unitId}`;
  const values = state?.values ?? reportValues(unit.today);
  const errors = state?.errors ?? {};
  const question = errors.tallene ? `${id}-tallene-feil` : undefined;
  const field = (name: string, label: string) => <NumberField id={id} name={name} label={label} values={values} errors={errors}
    question={name === 'reservert' ? undefined : question} />;
  return (
    <form method="post" action={`/enheter/${unit.unitId}/melding`} hx-post={`/enheter/${unit.unitId}/melding`} hx-target={target}
      hx-swap="outerHTML" class="report-form" novalidate>
      <div class="figure-fields">
        {field('bemannede', 'Bemannede senger')}
        {field('belagt', 'Belagt')}
        {field('ledige', 'Ledige, tar imot')}
        {field('reservert', 'Reservert')}
      </div>
      {(question || values.tallene_stemmer === 'ja') && (
        <div class="ds-field">
          <FieldError id={`${id}-tallene-feil`} message={errors.tallene} />
          <label class="tap-row" for={`${id}-tallene_stemmer`}>
            <input class="ds-input" type="checkbox" id={`${id}-tallene_stemmer`} name="tallene_stemmer" value="ja"
              checked={values.tallene_stemmer === 'ja'} aria-describedby={question} />
            Tallene stemmer
          </label>
        </div>
      )}
      <label class="tap-row" for={`${id}-stengt`}>
        <input class="ds-input" type="checkbox" id={`${id}-stengt`} name="stengt" value="ja" checked={values.stengt === 'ja'} />
        Stengt for inntak
      </label>
      <div class="ds-field">
        <label class="ds-label" for={`${id}-stengt_grunn`}>Grunn til stenging</label>
        <input class="ds-input" type="text" id={`${id}-stengt_grunn`} name="stengt_grunn" value={values.stengt_grunn ?? ''}
          aria-invalid={errors.stengt_grunn ? 'true' : undefined} aria-describedby={errors.stengt_grunn ? `${id}-stengt_grunn-feil` : undefined} />
        <FieldError id={`${id}-stengt_grunn-feil`} message={errors.stengt_grunn} />
      </div>
      <fieldset class="departure-rows">
        <legend class="ds-label">Forventet avreise</legend>
        {Array.from({ length: DEPARTURE_ROWS }, (_, i) => <DepartureRow id={id} i={i} values={values} errors={errors} residents={residents} />)}
      </fieldset>
      <div class="ds-field">
        <label class="ds-label" for={`${id}-merknad`}>Merknad (valgfri)</label>
        <input class="ds-input" type="text" id={`${id}-merknad`} name="merknad" value={values.merknad ?? ''}
          aria-invalid={errors.merknad ? 'true' : undefined} aria-describedby={errors.merknad ? `${id}-merknad-feil` : undefined} />
        <FieldError id={`${id}-merknad-feil`} message={errors.merknad} />
      </div>
      <button type="submit" class="ds-button big-button" data-variant="primary">Lagre melding</button>
    </form>
  );
}

function DepartureRow({ id, i, values, errors, residents }: { id: string; i: number; values: Record<string, string>; errors: Record<string, string>; residents: Resident[] }) {
  const key = (name: string) => `avreise_${name}_${i}`;
  const input = (name: string) => `${id}-${key(name)}`;
  // One message under the row, described by the field (or fields) it is about.
  const message = errors[key('dato')] ?? errors[key('antall')] ?? errors[key('person')];
  const row = (name: string) => errors[key(name)] ? { 'aria-invalid': 'true' as const, 'aria-describedby': `${id}-${key('rad')}-feil` } : {};
  return (
    <div class="departure-row" key={i}>
      <label class="ds-label" for={input('dato')}>Dato {i + 1}</label>
      <input class="ds-input" type="date" id={input('dato')} name={key('dato')} value={values[key('dato')] ?? ''}
        {...row('dato')} />
      <label class="ds-label" for={input('antall')}>Antall</label>
      <input class="ds-input" type="number" inputmode="numeric" min="1" id={input('antall')} name={key('antall')} value={values[key('antall')] ?? ''}
        {...row('antall')} />
      <label class="ds-label" for={input('person')}>Beboer (valgfri)</label>
      <select class="ds-input" id={input('person')} name={key('person')} {...row('person')}>
        <option value="">–</option>
        {residents.map((r) => <option value={String(r.personId)} selected={values[key('person')] === String(r.personId)}>{r.personName}</option>)}
      </select>
      <FieldError id={`${id}-${key('rad')}-feil`} message={message} />
    </div>
  );
}
