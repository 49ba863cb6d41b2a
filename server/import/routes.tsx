import type { Request, Response } from 'express';
import { importRows } from '../../db/queries/person-import.ts';
import { type ImportOutcome, ImportPage, ImportResult } from '../../views/import/import-page.tsx';
import type { AppDeps } from '../app.tsx';
import { areasFor } from '../areas.ts';
import { vedtakContext } from '../persons/service.ts';
import { sendFragment, sendPage } from '../render.tsx';
import type { RouteTable } from '../routing.ts';
import { checkRows } from './check-rows.ts';
import { IMPORT_COLUMNS } from './columns.ts';
import { parseCsv } from './parse-csv.ts';
import { IMPORT_ROLES, uploadedFile } from './upload.ts';

/** CSV import of persons and vedtak from the case system. */
export function importRoutes(routes: RouteTable, deps: AppDeps): void {
  routes.get('/import', IMPORT_ROLES, (req, res) => answer(req, res));

  routes.post('/import', IMPORT_ROLES, async (req, res) => {
    const file = uploadedFile(req);
    if (!file) return answer(req, res, { status: 'refused', fileName: '–', errors: ['Velg en CSV-fil (høyst 5 MB).'] }, 422);
    const csv = await parseCsv(file.buffer);
    if (!csv.ok) return answer(req, res, { status: 'refused', fileName: file.name, errors: csv.errors }, 422);
    const checked = await checkRows(csv.rows, await vedtakContext(deps.db, deps.now()));
    if (!checked.ok) return answer(req, res, { status: 'refused', fileName: file.name, errors: checked.errors }, 422);
    const summary = await importRows(deps.db, checked.items, { fileName: file.name }, req.user!.id);
    answer(req, res, { status: 'imported', fileName: file.name, ...summary });
  });
}

function answer(req: Request, res: Response, outcome?: ImportOutcome, status = 200): void {
  if (req.get('hx-request')) return sendFragment(res, <ImportResult outcome={outcome} />, status);
  sendPage(res, <ImportPage columns={IMPORT_COLUMNS} outcome={outcome} user={req.user!} csrfToken={req.csrfToken!} available={areasFor(req.user!.role)} />, status);
}
