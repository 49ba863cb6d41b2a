/** The answer to every action on a leader's unit card: the card for htmx, or the page without it. */
import type { Request, Response } from 'express';
import { loadSettings } from '../../db/queries/settings.ts';
import { LeaderPage } from '../../views/reports/leader-page.tsx';
import { cardId, type LeaderUnitView, UnitCard, type UnitCardState } from '../../views/reports/unit-card.tsx';
import type { AppDeps } from '../app.tsx';
import { areasFor } from '../areas.ts';
import { assertUnitAccess, NotFoundError } from '../auth/unit-access.tsx';
import { sendFragment, sendPage } from '../render.tsx';
import { pathId } from '../routing.ts';
import { loadLeaderUnit, loadLeaderUnits } from './service.ts';

/** The unit in the path, when it is one of the leader's own active units; otherwise 404. */
export async function ownUnit(req: Request, deps: AppDeps): Promise<LeaderUnitView> {
  const unitId = pathId(req);
  assertUnitAccess(req, unitId);
  const view = await loadLeaderUnit(deps.db, unitId, deps.now());
  if (!view) throw new NotFoundError();
  return view;
}

/** The leader's home page, with one card's state after a plain form post. */
export async function sendLeaderPage(req: Request, res: Response, deps: AppDeps, states?: Record<number, UnitCardState>, status = 200): Promise<void> {
  const user = req.user!;
  const [units, settings] = await Promise.all([loadLeaderUnits(deps.db, user.unitIds, deps.now()), loadSettings(deps.db)]);
  sendPage(res, <LeaderPage user={user} csrfToken={req.csrfToken!} available={areasFor(user.role)} units={units} now={deps.now()}
    staleHour={settings.reportStaleHour} states={states} />, status);
}

/**
 * Answers with the unit's card as it is now: htmx swaps it in; a plain post is
 * redirected to the page on success, or gets the page with its messages.
 */
export async function answerUnit(req: Request, res: Response, deps: AppDeps, unitId: number, state: UnitCardState, status = 200): Promise<void> {
  if (!req.get('hx-request')) {
    if (status === 200) return res.redirect(303, `/enheter#${cardId(unitId)}`);
    return sendLeaderPage(req, res, deps, { [unitId]: state }, status);
  }
  const view = await loadLeaderUnit(deps.db, unitId, deps.now());
  if (!view) throw new NotFoundError();
  sendFragment(res, <UnitCard view={view} state={state} now={deps.now()} />, status);
}

/** The request's form fields as strings, for re-rendering a form with its messages. */
export function formValues(req: Request): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries((req.body ?? {}) as Record<string, unknown>)) if (typeof value === 'string') values[key] = value;
  return values;
}
