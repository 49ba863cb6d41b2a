/** /admin/brukere/:id: change name, role and units; set a new password; deactivate or activate. */
import type { UnitChoice, UserRow } from '../../db/queries/user-admin.ts';
import type { FieldErrors } from '../components/field-error.tsx';
import { formatDate } from '../format.ts';
import { AdminLayout, type AdminPageBase } from './admin-layout.tsx';
import { CsrfField, TextField } from './fields.tsx';
import { ROLE_LABELS, UserDetailFields, type UserValues } from './user-fields.tsx';
import { ErrorSummary } from '../components/error-summary.tsx';

export interface UserPageProps extends AdminPageBase {
  target: UserRow;
  units: UnitChoice[];
  /** Submitted values after a refused change of details. */
  values?: UserValues;
  errors?: FieldErrors;
  notice?: string;
}

export function UserPage({ target, units, values, errors = {}, notice, ...base }: UserPageProps) {
  const self = target.id === base.user.id;
  const shown = values ?? { navn: target.displayName, rolle: target.role, enheter: target.unitIds };
  return (
    <AdminLayout title={target.displayName} section="brukere" notice={notice} {...base}>
      <p class="ds-paragraph"><a class="ds-link" href="/admin/brukere">← Alle brukere</a></p>
      <h1 class="ds-heading" data-size="lg">{target.displayName}</h1>
      {errors.aktiv && <div class="ds-alert" data-color="danger" role="alert">{errors.aktiv}</div>}
      <ErrorSummary errors={{ ...errors, aktiv: undefined }} fieldId={(name) => (name === 'passord' ? 'passord-passord' : `endre-${name}`)} />
      <dl class="facts">
        <dt>Brukernavn</dt><dd class="mono">{target.username}</dd>
        <dt>Rolle</dt><dd>{ROLE_LABELS[target.role]}</dd>
        <dt>Status</dt><dd>{target.active ? 'Aktiv' : 'Deaktivert'}</dd>
        <dt>Opprettet</dt><dd>{formatDate(target.createdAt.toISOString().slice(0, 10))}</dd>
      </dl>
      <section class="reserved">
        <h2 class="ds-heading" data-size="sm">Navn, rolle og enheter</h2>
        {self && <p class="ds-paragraph muted">Du kan ikke endre din egen rolle.</p>}
        <form method="post" action={`/admin/brukere/${target.id}`} class="form-stack" novalidate>
          <CsrfField token={base.csrfToken} />
          <UserDetailFields values={shown} errors={errors} units={units} idPrefix="endre" />
          <div><button type="submit" class="ds-button" data-variant="primary">Lagre endringer</button></div>
        </form>
      </section>
      <section class="reserved">
        <h2 class="ds-heading" data-size="sm">Nytt passord</h2>
        <form method="post" action={`/admin/brukere/${target.id}/passord`} class="form-stack" novalidate>
          <CsrfField token={base.csrfToken} />
          <TextField name="passord" type="password" label="Nytt passord" error={errors.passord} idPrefix="passord" autocomplete="new-password"
            description="Minst 12 tegn. Brukeren logges ut av alle økter." />
          <div><button type="submit" class="ds-button" data-variant="secondary">Sett nytt passord</button></div>
        </form>
      </section>
      {!self && <ActiveToggle target={target} csrfToken={base.csrfToken} />}
    </AdminLayout>
  );
}

function ActiveToggle({ target, csrfToken }: { target: UserRow; csrfToken: string }) {
  return (
    <section class="reserved">
      <h2 class="ds-heading" data-size="sm">{target.active ? 'Deaktiver' : 'Aktiver'}</h2>
      <p class="ds-paragraph">{target.active
        ? 'En deaktivert bruker logges ut med en gang og kan ikke logge inn. Historikken beholdes.'
        : 'Brukeren kan logge inn igjen med passordet sitt.'}</p>
      <form method="post" action={`/admin/brukere/${target.id}/${target.active ? 'deaktiver' : 'aktiver'}`}>
        <CsrfField token={csrfToken} />
        <button type="submit" class="ds-button" data-variant="secondary" data-color={target.active ? 'danger' : undefined}>
          {target.active ? 'Deaktiver brukeren' : 'Aktiver brukeren'}
        </button>
      </form>
    </section>
  );
}
