import { osloToday } from '../../db/dates.ts';
import { cachedSettings } from '../../db/queries/settings.ts';
import { PendingPage } from '../../views/persons/pending-page.tsx';
import type { AppDeps } from '../app.tsx';
import { areasFor } from '../areas.ts';
import { sendPage } from '../render.tsx';
import type { RouteTable } from '../routing.ts';
import { loadPending } from './application-service.ts';

/** «Søknader under behandling»: the coordinator's list of pending applications and their clock. */
export function pendingRoutes(routes: RouteTable, deps: AppDeps): void {
  routes.get('/soknader', ['koordinator'], async (req, res) => {
    const pending = await loadPending(deps.db, osloToday(deps.now()), await cachedSettings(deps.db));
    sendPage(res, <PendingPage pending={pending} user={req.user!} csrfToken={req.csrfToken!} available={areasFor(req.user!.role)} />);
  });
}
