/** /admin/logg: the audit log, filtered and a page at a time, in words: actions, subjects by name, changed fields. */
import type { AuditNames } from '../../db/queries/audit-names.ts';
import type { AuditPage as AuditResult, AuditRow } from '../../db/queries/audit-search.ts';
import type { UserRow } from '../../db/queries/user-admin.ts';
import type { FieldErrors } from '../components/field-error.tsx';
import { AdminLayout, type AdminPageBase } from './admin-layout.tsx';
import { CsrfField, SelectField, TextField } from './fields.tsx';
import { formatDateTime, formatNumber } from '../format.ts';
import { actionText } from '../action-words.ts';
import { changedFields, subjectText } from './audit-words.ts';
import { scrollBox } from '../components/scroll-box.ts';

/** The filters as they stand (ids as text); the person is shown by name, never by fødselsnummer. */
export interface AuditFilterValues {
  bruker?: string;
  handling?: string;
  person?: string;
  personName?: string;
  fra?: string;
  til?: string;
}

export interface AuditPageProps extends AdminPageBase {
  filter: AuditFilterValues;
  result: AuditResult;
  users: UserRow[];
  actions: string[];
  errors?: FieldErrors;
}

export function AuditLogPage({ filter, result, users, actions, errors = {}, ...base }: AuditPageProps) {
  return (
    <AdminLayout title="Logg" section="logg" {...base}>
      <h1 class="ds-heading" data-size="lg">Logg</h1>
      <p class="ds-paragraph">Alle endringer og alle oppslag på personer. Loggen kan ikke endres eller slettes.</p>
      <AuditFilterForm filter={filter} users={users} actions={actions} errors={errors} csrfToken={base.csrfToken} />
      <p class="ds-paragraph" role="status">{formatNumber(result.total)} {result.total === 1 ? 'oppføring' : 'oppføringer'}{filter.personName ? ` om ${filter.personName}` : ''} · side {result.page} av {result.pageCount}</p>
      <AuditTable rows={result.rows} names={result.names} />
      <Pager filter={filter} page={result.page} pageCount={result.pageCount} />
    </AdminLayout>
  );
}

/** POSTed, so a fødselsnummer typed here never lands in a URL; the answer redirects to the filtered list. */
function AuditFilterForm({ filter, users, actions, errors, csrfToken }: { filter: AuditFilterValues; users: UserRow[]; actions: string[]; errors: FieldErrors; csrfToken: string }) {
  const userOptions = [{ value: '', label: 'Alle brukere' }, ...users.map((u) => ({ value: String(u.id), label: `${u.displayName} (${u.username})` }))];
  const actionOptions = [{ value: '', label: 'Alle handlinger' }, ...actions.map((a) => ({ value: a, label: actionText(a) })).sort((x, y) => x.label.localeCompare(y.label, 'nb'))];
  return (
    <form method="post" action="/admin/logg" class="form-grid" novalidate>
      <CsrfField token={csrfToken} />
      <SelectField name="bruker" label="Bruker" value={filter.bruker} options={userOptions} />
      <SelectField name="handling" label="Handling" value={filter.handling} options={actionOptions} />
      <TextField name="person" label="Person (id eller fødselsnummer)" value={filter.person}
        error={errors.person} autocomplete="off" numeric />
      <TextField name="fra" type="date" label="Fra og med" value={filter.fra} error={errors.fra} />
      <TextField name="til" type="date" label="Til og med" value={filter.til} error={errors.til} />
      <div><button type="submit" class="ds-button" data-variant="primary">Filtrer</button> <a class="ds-link" href="/admin/logg">Nullstill</a></div>
    </form>
  );
}

function AuditTable({ rows, names }: { rows: AuditRow[]; names: AuditNames }) {
  if (rows.length === 0) return <p class="ds-paragraph">Ingen oppføringer passer filteret.</p>;
  return (
    <div class="table-scroll" {...scrollBox('Revisjonslogg')}>
      <table class="ds-table" data-border data-zebra data-size="sm">
        <thead><tr><th>Tidspunkt</th><th>Bruker</th><th>Handling</th><th>Gjelder</th><th>Person</th><th>Før og etter</th></tr></thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td>{formatDateTime(row.at, true)}</td>
              <td>{row.displayName ?? (row.userId ? 'Ukjent bruker' : 'System')}</td>
              <td>{actionText(row.action)}</td>
              <td>{subjectText(row, names)}</td>
              <td>{row.personName ? <>{row.personName} <span class="mono muted">{row.personFnrMasked}</span></> : '–'}</td>
              <td><Changes row={row} names={names} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** «Status: fra Foreslått til Reservert», one line per changed field. */
function Changes({ row, names }: { row: AuditRow; names: AuditNames }) {
  const changes = changedFields(row, names);
  if (changes.length === 0) return <>–</>;
  return (
    <ul class="audit-changes">
      {changes.map((c) => (
        <li key={c.field}>
          <strong>{c.field}:</strong> {c.after === undefined ? `${c.before} (før)`
            : c.before === undefined || c.before === '–' ? c.after : `fra ${c.before} til ${c.after}`}
        </li>
      ))}
    </ul>
  );
}

function Pager({ filter, page, pageCount }: { filter: AuditFilterValues; page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  const href = (side: number) => {
    const params = new URLSearchParams();
    for (const key of ['bruker', 'handling', 'person', 'fra', 'til'] as const) if (filter[key]) params.set(key, filter[key]!);
    params.set('side', String(side));
    return `/admin/logg?${params}`;
  };
  return (
    <nav class="ds-pagination" aria-label="Sider">
      <ul class="queue-tabs">
        {page > 1 && <li><a class="ds-button" data-variant="secondary" data-size="sm" href={href(page - 1)}>Forrige</a></li>}
        <li><span class="ds-paragraph">Side {page} av {pageCount}</span></li>
        {page < pageCount && <li><a class="ds-button" data-variant="secondary" data-size="sm" href={href(page + 1)}>Neste</a></li>}
      </ul>
    </nav>
  );
}
