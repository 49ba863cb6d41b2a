import type { Request } from 'express';
import { findRun } from '../../db/queries/planning-runs.ts';
import { RunPage } from '../../views/proposals/run-page.tsx';
import type { AppDeps } from '../app.tsx';
import { areasFor } from '../areas.ts';
import { sendPage } from '../render.tsx';
import type { RouteTable } from '../routing.ts';
import { idParam } from '../forms.ts';
import { sendNotFound } from '../not-found.tsx';

/** Stored planning runs: open later, download snapshot and plan in the exchange format. */
export function runRoutes(routes: RouteTable, deps: AppDeps): void {
  const load = async (req: Request) => {
    const id = idParam.safeParse(req.params.id);
    return id.success ? findRun(deps.db, id.data) : undefined;
  };

  routes.get('/forslag/kjoring/:id', ['koordinator', 'mote'], async (req, res) => {
    const run = await load(req);
    if (!run) return sendNotFound(res, 'Fant ikke planleggingskjøringen.', { href: '/forslag', label: '← Forslag' });
    sendPage(res, <RunPage run={run} user={req.user!} csrfToken={req.csrfToken!} available={areasFor(req.user!.role)} />);
  });

  routes.get('/forslag/kjoring/:id/snapshot.json', ['koordinator'], async (req, res) => {
    const run = await load(req);
    if (!run) return sendNotFound(res, 'Fant ikke planleggingskjøringen.', { href: '/forslag', label: '← Forslag' });
    res.set('Content-Disposition', `attachment; filename="plassplan-kjoring-${run.id}-snapshot.json"`).json(run.snapshot);
  });

  routes.get('/forslag/kjoring/:id/plan.json', ['koordinator'], async (req, res) => {
    const run = await load(req);
    if (!run?.plan) return void res.status(404).type('text').send('Kjøringen har ingen plan.');
    res.set('Content-Disposition', `attachment; filename="plassplan-kjoring-${run.id}-plan.json"`).json(run.plan);
  });
}
