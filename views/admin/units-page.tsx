/** /admin/enheter: every unit with what it offers, and «kun for»: the needs a person must have to be placed there. */
import type { AdminUnitRow } from '../../db/queries/unit-admin.ts';
import { FieldError } from '../components/field-error.tsx';
import { scrollBox } from '../components/scroll-box.ts';
import { formatKind, formatTag, formatTags } from '../format.ts';
import { AdminLayout, type AdminPageBase } from './admin-layout.tsx';
import { CsrfField } from './fields.tsx';

export interface UnitsPageProps extends AdminPageBase {
  units: AdminUnitRow[];
  /** A refused change: the unit, the message and what was chosen. */
  error?: { unitId: number; message: string; chosen: string[] };
  notice?: string;
}

export function UnitsPage({ units, error, notice, ...base }: UnitsPageProps) {
  return (
    <AdminLayout title="Enheter" section="enheter" notice={notice} {...base}>
      <h1 class="ds-heading" data-size="lg">Enheter</h1>
      {error && <div class="ds-alert" data-color="danger">Ingenting ble lagret. Rett feltet som er merket.</div>}
      <p class="ds-paragraph">
        En enhet som er «kun for» et behov, tar bare imot personer som har det behovet i vedtaket, for eksempel en skjermet enhet
        for personer med demens. Planleggeren foreslår ingen andre dit.
      </p>
      <div class="table-scroll" {...scrollBox('Enheter')}>
        <table class="ds-table units-admin" data-border data-size="sm">
          <thead><tr><th>Enhet</th><th>Type</th><th>Tilbyr</th><th>Kun for</th></tr></thead>
          <tbody>{units.map((u) => <UnitRow key={u.id} unit={u} csrfToken={base.csrfToken} error={error?.unitId === u.id ? error : undefined} />)}</tbody>
        </table>
      </div>
    </AdminLayout>
  );
}

function UnitRow({ unit, csrfToken, error }: { unit: AdminUnitRow; csrfToken: string; error?: UnitsPageProps['error'] }) {
  const chosen = error ? error.chosen : unit.onlyFor;
  const fieldId = `enhet-${unit.id}-kun-for`;
  return (
    <tr id={`enhet-${unit.id}`}>
      <td>{unit.name} <span class="mono muted">{unit.code}</span><br /><span class="muted">{unit.institution}</span>
        {!unit.active && <> <span class="ds-tag" data-color="neutral">Ikke i bruk</span></>}</td>
      <td>{formatKind(unit.kind)}</td>
      <td>{formatTags(unit.tags)}</td>
      <td>
        {unit.tags.length === 0 ? <span class="muted">Ingen behov å velge</span> : (
          <form method="post" action={`/admin/enheter/${unit.id}/kun-for`} class="only-for-form" novalidate>
            <CsrfField token={csrfToken} />
            <input type="hidden" name="kun_for_sendt" value="ja" />
            <fieldset class="ds-fieldset" aria-describedby={error ? `${fieldId}-feil` : undefined}>
              <legend class="ds-label" data-weight="regular">Kun for personer som trenger</legend>
              <div class="checkbox-row">
              {unit.tags.map((t) => (
                <div class="ds-field" key={t}>
                  <input class="ds-input" type="checkbox" id={`${fieldId}-${t}`} name="kun_for" value={t} checked={chosen.includes(t)}
                    aria-invalid={error ? 'true' : undefined} />
                  <label class="ds-label" data-weight="regular" for={`${fieldId}-${t}`}>{formatTag(t)}</label>
                </div>
              ))}
              </div>
              <FieldError id={`${fieldId}-feil`} message={error?.message} />
            </fieldset>
            <button type="submit" class="ds-button" data-variant="secondary" data-size="sm">Lagre</button>
          </form>
        )}
      </td>
    </tr>
  );
}
