import type { Response } from 'express';
import { listReserved, type ReservedRow } from '../../db/queries/allocation-lists.ts';
import { admitAllocation, cancelAllocation } from '../../db/queries/allocations.ts';
import { ReservedItem } from '../../views/proposals/reserved-list.tsx';
import type { AppDeps } from '../app.tsx';
import { sendFragment } from '../render.tsx';
import type { RouteTable } from '../routing.ts';
import { fieldErrors, idParam } from '../forms.ts';
import { cancelForm } from './forms.ts';
import { runOutdated } from './conflicts.ts';
import { latestRun } from '../../db/queries/planning-runs.ts';
import { OutdatedNotice } from '../../views/proposals/proposal-conflict.tsx';

/** Admission and cancellation of reserved places, from the coordinator's list. */
export function allocationRoutes(routes: RouteTable, deps: AppDeps): void {
  routes.post('/tildelinger/:id/innskrevet', ['koordinator'], async (req, res) => {
    const row = await reservedRow(deps, req.params.id);
    if (!row) return notFound(res);
    const outcome = await admitAllocation(deps.db, row.allocationId, { userId: req.user!.id }, deps.now());
    await answer(res, deps, req.get('hx-request'), row, outcome.ok ? { done: row.interim ? 'Innskrevet på korttid – venter fortsatt på egen plass' : 'Innskrevet' } : { error: outcome.message, status: 409 });
  });

  routes.post('/tildelinger/:id/kanseller', ['koordinator'], async (req, res) => {
    const row = await reservedRow(deps, req.params.id);
    if (!row) return notFound(res);
    const form = cancelForm.safeParse(req.body ?? {});
    if (!form.success) return answer(res, deps, req.get('hx-request'), row, { error: fieldErrors(form.error).begrunnelse, status: 422 });
    const outcome = await cancelAllocation(deps.db, row.allocationId, form.data.begrunnelse, { userId: req.user!.id }, deps.now());
    await answer(res, deps, req.get('hx-request'), row, outcome.ok ? { done: row.interim ? 'Kansellert – korttidsplassen er ledig igjen, personen venter fortsatt' : 'Kansellert – plassen er ledig igjen' } : { error: outcome.message, status: 409 });
  });
}

async function reservedRow(deps: AppDeps, rawId: unknown): Promise<ReservedRow | undefined> {
  const id = idParam.safeParse(rawId);
  if (!id.success) return undefined;
  return (await listReserved(deps.db)).find((r) => r.allocationId === id.data);
}

/** The reserved place's item; with htmx, also the latest run's out-of-date notice, out of band (the decision may have made it so). */
async function answer(res: Response, deps: AppDeps, htmx: string | undefined, row: ReservedRow, result: { done?: string; error?: string; status?: number }): Promise<void> {
  if (!htmx) {
    if (result.error) return void res.status(result.status ?? 409).type('text').send(result.error);
    return res.redirect(303, '/forslag');
  }
  const outdated = await runOutdated(deps.db, (await latestRun(deps.db))?.id);
  sendFragment(res, <>
    <ReservedItem row={row} canDecide done={result.done} error={result.error} />
    <OutdatedNotice outdated={outdated} again="lag nye forslag" oob />
  </>, result.status ?? 200);
}

const notFound = (res: Response) => void res.status(404).type('text').send('Fant ingen reservert plass med denne id-en.');
