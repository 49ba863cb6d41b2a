import type { Request, Response } from 'express';
import multer from 'multer';
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

const MAX_BYTES = 5 * 1024 * 1024;
const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: MAX_BYTES, files: 1, fields: 10 } }).single('fil');

/** CSV import of persons and vedtak from the case system. */
export function importRoutes(routes: RouteTable, deps: AppDeps): void {
  routes.get('/import', ['koordinator'], (req, res) => answer(req, res));

  routes.post('/import', ['koordinator'], async (req, res) => {
    const file = await receiveFile(req, res);
    if (!file) return answer(req, res, { status: 'refused', fileName: '–', errors: ['Velg en CSV-fil (høyst 5 MB).'] }, 422);
    const csv = parseCsv(file.buffer);
    if (!csv.ok) return answer(req, res, { status: 'refused', fileName: file.name, errors: csv.errors }, 422);
    const checked = checkRows(csv.rows, await vedtakContext(deps.db, deps.now()));
    if (!checked.ok) return answer(req, res, { status: 'refused', fileName: file.name, errors: checked.errors }, 422);
    const summary = await importRows(deps.db, checked.items, { fileName: file.name }, req.user!.id);
    answer(req, res, { status: 'imported', fileName: file.name, ...summary });
  });
}

/** The uploaded file, or null when none came (or it was too large). */
async function receiveFile(req: Request, res: Response): Promise<{ name: string; buffer: Buffer } | null> {
  const ok = await new Promise<boolean>((resolve) => upload(req, res, (error: unknown) => resolve(!error)));
  if (!ok || !req.file || req.file.size === 0) return null;
  return { name: Buffer.from(req.file.originalname, 'latin1').toString('utf8'), buffer: req.file.buffer };
}

function answer(req: Request, res: Response, outcome?: ImportOutcome, status = 200): void {
  if (req.get('hx-request')) return sendFragment(res, <ImportResult outcome={outcome} />, status);
  sendPage(res, <ImportPage columns={IMPORT_COLUMNS} outcome={outcome} user={req.user!} csrfToken={req.csrfToken!} available={areasFor(req.user!.role)} />, status);
}
