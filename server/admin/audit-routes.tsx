import type { Request, Response } from 'express';
import type { Db } from '../../db/client.ts';
import { type AuditFilter, findPersonRef, listAuditActions, searchAudit } from '../../db/queries/audit-search.ts';
import { EMPTY_AUDIT_NAMES } from '../../db/queries/audit-names.ts';
import { recordPersonView } from '../../db/queries/person-access.ts';
import { listUsers } from '../../db/queries/user-admin.ts';
import { type AuditFilterValues, AuditLogPage } from '../../views/admin/audit-page.tsx';
import type { AppDeps } from '../app.tsx';
import { areasFor } from '../areas.ts';
import { sendPage } from '../render.tsx';
import type { RouteTable } from '../routing.ts';
import { fieldErrors } from '../forms.ts';
import { auditFilterForm, auditQuery } from './forms.ts';

export function auditRoutes(routes: RouteTable, deps: AppDeps): void {
  routes.get('/admin/logg', ['admin'], async (req, res) => {
    const query = auditQuery.parse(req.query);
    const person = query.person ? await findPersonRef(deps.db, String(query.person)) : undefined;
    const filter: AuditFilter = { userId: query.bruker, action: query.handling, personId: person?.id, from: query.fra, to: query.til };
    const result = await searchLogged(deps.db, req.user!.id, filter, query.side ?? 1);
    const values: AuditFilterValues = {
      bruker: query.bruker?.toString(), handling: query.handling, person: person?.id.toString(), personName: person?.name, fra: query.fra, til: query.til,
    };
    await page(req, res, deps.db, values, result);
  });

  routes.post('/admin/logg', ['admin'], async (req, res) => {
    const form = auditFilterForm.safeParse(req.body ?? {});
    const submitted = submittedFilter(req.body);
    if (!form.success) return refuse(req, res, deps.db, submitted, fieldErrors(form.error));
    const person = form.data.person ? await findPersonRef(deps.db, form.data.person) : undefined;
    if (form.data.person && !person) return refuse(req, res, deps.db, submitted, { person: 'Fant ingen person med denne id-en eller dette fødselsnummeret.' });
    const params = new URLSearchParams();
    const values = { bruker: form.data.bruker?.toString(), handling: form.data.handling, person: person?.id.toString(), fra: form.data.fra, til: form.data.til };
    for (const [key, value] of Object.entries(values)) if (value) params.set(key, value);
    res.redirect(303, `/admin/logg${params.size ? `?${params}` : ''}`);
  });
}

/** A search narrowed to one person is itself an opening of that person's data: logged in the same transaction. */
async function searchLogged(db: Db, userId: number, filter: AuditFilter, page: number) {
  if (filter.personId === undefined) return searchAudit(db, filter, page);
  return db.transaction(async (tx) => {
    const result = await searchAudit(tx, filter, page);
    await recordPersonView(tx, userId, filter.personId!, 'audit.person-search');
    return result;
  });
}

async function page(req: Request, res: Response, db: Db, filter: AuditFilterValues, result: Awaited<ReturnType<typeof searchAudit>>,
  errors?: Record<string, string>, status = 200): Promise<void> {
  const [users, actions] = await Promise.all([listUsers(db), listAuditActions(db)]);
  sendPage(res, <AuditLogPage user={req.user!} csrfToken={req.csrfToken!} available={areasFor(req.user!.role)}
    filter={filter} result={result} users={users} actions={actions} errors={errors} />, status);
}

/** A refused filter shows the form again with its messages, and no rows (nothing was searched). */
function refuse(req: Request, res: Response, db: Db, filter: AuditFilterValues, errors: Record<string, string>): Promise<void> {
  return page(req, res, db, filter, { rows: [], total: 0, page: 1, pageCount: 1, names: EMPTY_AUDIT_NAMES }, errors, 422);
}

function submittedFilter(body: unknown): AuditFilterValues {
  const b = (body ?? {}) as Record<string, unknown>;
  const text = (key: string) => (typeof b[key] === 'string' ? (b[key] as string) : undefined);
  return { bruker: text('bruker'), handling: text('handling'), person: text('person'), fra: text('fra'), til: text('til') };
}
