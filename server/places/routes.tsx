import { listPlaces } from '../../db/queries/places.ts';
import { PlacesPage } from '../../views/places/places-page.tsx';
import type { AppDeps } from '../app.tsx';
import { areasFor } from '../areas.ts';
import { sendPage } from '../render.tsx';
import type { RouteTable } from '../routing.ts';

/** A report older than this is marked; issue 6 replaces it with the settings' rule. */
const STALE_AFTER_HOURS = 24;

export function placeRoutes(routes: RouteTable, deps: AppDeps): void {
  routes.get('/plasser', ['admin', 'koordinator', 'institusjonsleder', 'mote'], async (req, res) => {
    const user = req.user!;
    // An institution leader sees only their own units.
    const institutions = await listPlaces(deps.db, user.role === 'institusjonsleder' ? user.unitIds : undefined);
    sendPage(res, <PlacesPage user={user} csrfToken={req.csrfToken!} available={areasFor(user.role)}
      institutions={institutions} now={deps.now()} staleAfterHours={STALE_AFTER_HOURS} />);
  });
}
