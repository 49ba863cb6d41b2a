/** /admin/innstillinger: the office's settings and the overliggerdøgn rate per year. */
import type { OverliggerRate } from '../../db/queries/settings-admin.ts';
import type { FieldErrors } from '../components/field-error.tsx';
import { formatNok } from '../format.ts';
import { AdminLayout, type AdminPageBase } from './admin-layout.tsx';
import { CsrfField, TextField } from './fields.tsx';
import { CUSTOM_WEIGHTS_TITLE, SETTING_GROUPS } from './setting-fields.ts';
import { PolicyChoice } from './policy-choice.tsx';
import { ErrorSummary } from '../components/error-summary.tsx';

export interface SettingsPageProps extends AdminPageBase {
  /** Stored values, or the submitted text after a refusal. */
  values: Record<string, string | number>;
  errors?: FieldErrors;
  rates: OverliggerRate[];
  rateValues?: { aar?: string; sats?: string };
  rateErrors?: FieldErrors;
  notice?: string;
}

export function SettingsPage({ values, errors = {}, rates, rateValues = {}, rateErrors = {}, notice, ...base }: SettingsPageProps) {
  return (
    <AdminLayout title="Innstillinger" section="innstillinger" notice={notice} {...base}>
      <h1 class="ds-heading" data-size="lg">Innstillinger</h1>
      {Object.keys(errors).length > 0 && <div class="ds-alert" data-color="danger">Ingenting ble lagret. Rett feltene som er merket.</div>}
      <ErrorSummary errors={errors} fieldId={(name) => `f-${name}`} />
      <ErrorSummary errors={rateErrors} fieldId={(name) => `sats-${name}`} />
      <form method="post" action="/admin/innstillinger" novalidate>
        <CsrfField token={base.csrfToken} />
        {SETTING_GROUPS.map((group) => (
          <>
          {group.title === CUSTOM_WEIGHTS_TITLE && <PolicyChoice value={String(values.planningPolicy ?? 'balansert')} error={errors.planningPolicy} />}
          <fieldset key={group.title} class="ds-fieldset">
            <legend class="ds-heading" data-size="xs">{group.title}</legend>
            {group.hint && <p class="ds-paragraph" data-size="sm">{group.hint}</p>}
            <div class="form-grid">
              {group.fields.map((f) => (
                <TextField key={f.key} name={f.key} label={f.label} value={values[f.key]} error={errors[f.key]} description={f.hint} numeric />
              ))}
            </div>
          </fieldset>
          </>
        ))}
        <button type="submit" class="ds-button" data-variant="primary">Lagre innstillinger</button>
      </form>
      <section class="reserved">
        <h2 class="ds-heading" data-size="sm">Overliggerdøgn: nasjonal sats per år</h2>
        <table class="ds-table comparison" data-border data-size="sm">
          <thead><tr><th>År</th><th>Kroner per døgn</th></tr></thead>
          <tbody>{rates.map((r) => <tr key={r.year}><td>{r.year}</td><td>{formatNok(r.nokPerDay)}</td></tr>)}</tbody>
        </table>
        <form method="post" action="/admin/innstillinger/overliggerdogn" class="form-grid" novalidate>
          <CsrfField token={base.csrfToken} />
          <TextField name="aar" label="År" value={rateValues.aar} error={rateErrors.aar} idPrefix="sats" numeric />
          <TextField name="sats" label="Kroner per døgn" value={rateValues.sats} error={rateErrors.sats} idPrefix="sats" numeric />
          <div><button type="submit" class="ds-button" data-variant="secondary">Lagre sats</button></div>
        </form>
      </section>
    </AdminLayout>
  );
}
