/** /admin/brukere: every user, and the form for a new one. */
import type { UnitChoice, UserRow } from '../../db/queries/user-admin.ts';
import type { FieldErrors } from '../components/field-error.tsx';
import { AdminLayout, type AdminPageBase } from './admin-layout.tsx';
import { CsrfField, TextField } from './fields.tsx';
import { ROLE_LABELS, UserDetailFields, type UserValues } from './user-fields.tsx';
import { scrollBox } from '../components/scroll-box.ts';
import { ErrorSummary } from '../components/error-summary.tsx';

export interface UsersPageProps extends AdminPageBase {
  users: UserRow[];
  units: UnitChoice[];
  values?: UserValues;
  errors?: FieldErrors;
  notice?: string;
}

export function UsersPage({ users, units, values = {}, errors = {}, notice, ...base }: UsersPageProps) {
  const unitCode = new Map(units.map((u) => [u.id, u.code]));
  return (
    <AdminLayout title="Brukere" section="brukere" notice={notice} {...base}>
      <h1 class="ds-heading" data-size="lg">Brukere</h1>
      <div class="table-scroll" {...scrollBox('Brukere')}>
        <table class="ds-table" data-border data-zebra data-size="sm">
          <thead><tr><th>Navn</th><th>Brukernavn</th><th>Rolle</th><th>Enheter</th><th>Status</th></tr></thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id}>
                <td><a class="ds-link" href={`/admin/brukere/${u.id}`}>{u.displayName}</a></td>
                <td class="mono">{u.username}</td>
                <td>{ROLE_LABELS[u.role]}</td>
                <td>{u.unitIds.length ? u.unitIds.map((id) => unitCode.get(id) ?? `#${id}`).join(', ') : '–'}</td>
                <td>{u.active ? 'Aktiv' : <span class="ds-tag" data-color="neutral">Deaktivert</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <section class="reserved">
        <h2 class="ds-heading" data-size="sm" id="ny-bruker">Ny bruker</h2>
        <ErrorSummary errors={errors} fieldId={(name) => `ny-${name}`} />
        <form method="post" action="/admin/brukere" class="form-stack" aria-labelledby="ny-bruker" novalidate>
          <CsrfField token={base.csrfToken} />
          <TextField name="brukernavn" label="Brukernavn" value={values.brukernavn} error={errors.brukernavn} idPrefix="ny" autocomplete="off"
            description="Små bokstaver, tall, punktum eller bindestrek. Kan ikke endres senere." />
          <UserDetailFields values={values} errors={errors} units={units} idPrefix="ny" />
          <TextField name="passord" type="password" label="Første passord" error={errors.passord} idPrefix="ny" autocomplete="new-password"
            description="Minst 12 tegn. Gi det til brukeren på en sikker måte." />
          <div><button type="submit" class="ds-button" data-variant="primary">Opprett bruker</button></div>
        </form>
      </section>
    </AdminLayout>
  );
}
