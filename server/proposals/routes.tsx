import type { Request, Response } from 'express';
import { findProposal, findRun, latestRun } from '../../db/queries/planning-runs.ts';
import { listReserved, overrideKeyOf, overrideOptions, unfitReason } from '../../db/queries/allocation-lists.ts';
import { type AllocationOutcome, overrideProposal } from '../../db/queries/allocations.ts';
import { acceptAllocation, rejectAllocation } from '../../db/queries/couple-allocations.ts';
import { findPartnerProposal, withPartner } from '../../db/queries/couple-proposals.ts';
import { buildSnapshot } from '../../db/queries/snapshot.ts';
import { OverrideForm, ProposalRowView } from '../../views/proposals/proposal-row.tsx';
import { ProposalsPage, ProposalsSection } from '../../views/proposals/proposals-page.tsx';
import type { AppDeps } from '../app.tsx';
import { areasFor } from '../areas.ts';
import { sendFragment, sendPage } from '../render.tsx';
import { pathId, type RouteTable } from '../routing.ts';
import { fieldErrors, idParam, submittedText } from '../forms.ts';
import { overrideFormNow, rejectForm } from './forms.ts';
import { readStoredTexts, tagCodesAsWords } from '../stored-texts.ts';
import { loadRunView, planToday } from './service.ts';
import { runOutdated, withConflicts } from './conflicts.ts';
import { runOfAllocation } from '../../db/queries/meetings.ts';
import { OutdatedNotice } from '../../views/proposals/proposal-conflict.tsx';
import { allocationRoutes } from './allocation-routes.tsx';
import { runRoutes } from './run-routes.tsx';
import { sendNotFound } from '../not-found.tsx';

export function proposalRoutes(routes: RouteTable, deps: AppDeps): void {
  routes.get('/forslag', ['koordinator', 'mote'], async (req, res) => {
    const run = await latestRun(deps.db);
    const user = req.user!;
    sendPage(res, <ProposalsPage user={user} csrfToken={req.csrfToken!} available={areasFor(user.role)} canDecide={user.role === 'koordinator'}
      run={run ? await loadRunView(deps.db, run, deps.now()) : null} reserved={await listReserved(deps.db)} />);
  });

  routes.post('/forslag/planlegg', ['koordinator'], async (req, res) => {
    const runId = await planToday(deps.db, req.user!.id, deps.now());
    if (!req.get('hx-request')) return res.redirect(303, '/forslag');
    const run = (await findRun(deps.db, runId))!;
    sendFragment(res, <ProposalsSection run={await loadRunView(deps.db, run, deps.now())} canDecide />);
  });

  routes.get('/forslag/oyeblikksbilde.json', ['koordinator'], async (_req, res) => {
    const { snapshot } = await buildSnapshot(deps.db, deps.now());
    res.set('Content-Disposition', `attachment; filename="plassplan-snapshot-${snapshot.today}.json"`).json(snapshot);
  });

  routes.post('/forslag/:id/godta', ['koordinator'], (req, res) =>
    decide(req, res, deps, (id) => acceptAllocation(deps.db, id, { userId: req.user!.id }, deps.now())));

  routes.post('/forslag/:id/avvis', ['koordinator'], async (req, res) => {
    const form = rejectForm.safeParse(req.body ?? {});
    if (!form.success) return sendRow(res, deps, pathId(req), 422, fieldErrors(form.error).begrunnelse);
    await decide(req, res, deps, (id) => rejectAllocation(deps.db, id, form.data.begrunnelse || 'uten begrunnelse', { userId: req.user!.id }, deps.now()));
  });

  // The override form of one proposal, fetched when «Overstyr» opens.
  routes.get('/forslag/:id/overstyr', ['koordinator'], async (req, res) => {
    const id = idParam.safeParse(req.params.id);
    const row = id.success ? await findProposal(deps.db, id.data) : undefined;
    if (!row) return notFound(res);
    sendFragment(res, <OverrideForm row={row} options={(await overrideOptions(deps.db))[overrideKeyOf(row)]!} />);
  });

  routes.post('/forslag/:id/overstyr', ['koordinator'], async (req, res) => {
    const id = idParam.safeParse(req.params.id);
    if (!id.success) return notFound(res);
    const form = (await overrideFormNow(deps.db, deps.now())).safeParse(req.body ?? {});
    const values = submittedText(req.body);
    if (!form.success) return sendRow(res, deps, id.data, 422, undefined, fieldErrors(form.error), values);
    const unfit = await unfitReason(deps.db, form.data.person, form.data.enhet, (await findProposal(deps.db, id.data))?.interim);
    if (unfit) return sendRow(res, deps, id.data, 422, undefined, { enhet: tagCodesAsWords(unfit) }, values);
    await decide(req, res, deps, (allocationId) => overrideProposal(deps.db, allocationId,
      { entryId: form.data.person, unitId: form.data.enhet, date: form.data.dato, reason: form.data.begrunnelse }, { userId: req.user!.id }, deps.now()));
  });

  runRoutes(routes, deps);
  allocationRoutes(routes, deps);
}

/** Runs a decision and answers with the proposal's row: updated, or with the reason it failed (409). */
async function decide(req: Request, res: Response, deps: AppDeps, action: (id: number) => Promise<AllocationOutcome>): Promise<void> {
  const id = idParam.safeParse(req.params.id);
  if (!id.success) return notFound(res);
  const outcome = await action(id.data);
  if (!outcome.ok && outcome.reason === 'not-found') return notFound(res);
  if (!req.get('hx-request')) {
    if (!outcome.ok) return void res.status(409).type('text').send(outcome.message);
    return res.redirect(303, '/forslag');
  }
  await sendRow(res, deps, id.data, outcome.ok ? 200 : 409, outcome.ok ? undefined : outcome.message);
}

async function sendRow(res: Response, deps: AppDeps, allocationId: number, status: number, error?: string,
  overrideErrors?: Record<string, string>, overrideValues?: Record<string, string>): Promise<void> {
  const found = await findProposal(deps.db, allocationId);
  if (!found) return notFound(res);
  const partner = await findPartnerProposal(deps.db, allocationId);
  const named = await readStoredTexts(deps.db, [found.reason, partner?.reason ?? null]);
  const [checked] = await withConflicts(deps.db, [found], deps.now());
  const own = { ...checked!, reason: named(found.reason) };
  const row = partner ? withPartner(own, { ...partner, reason: named(partner.reason) }) : own;
  const options = (await overrideOptions(deps.db))[overrideKeyOf(row)];
  const outdated = await runOutdated(deps.db, await runOfAllocation(deps.db, allocationId));
  sendFragment(res, <>
    <ProposalRowView row={row} canDecide linkPeople options={options} error={error} overrideErrors={overrideErrors} overrideValues={overrideValues} />
    <OutdatedNotice outdated={outdated} again="lag nye forslag" oob />
  </>, status);
}

const notFound = (res: Response) => sendNotFound(res, 'Fant ikke forslaget.', { href: '/forslag', label: '← Forslag' });
