import { loadUnitCapacity } from '../../db/queries/capacity.ts';
import { listPlaces } from '../../db/queries/places.ts';
import { listStaleReminders } from '../../db/queries/report-history.ts';
import { cachedSettings } from '../../db/queries/settings.ts';
import { PlacesPage } from '../../views/places/places-page.tsx';
import type { AppDeps } from '../app.tsx';
import { areasFor } from '../areas.ts';
import { unitScope } from '../auth/unit-access.tsx';
import { sendPage } from '../render.tsx';
import type { RouteTable } from '../routing.ts';

export function placeRoutes(routes: RouteTable, deps: AppDeps): void {
  routes.get('/plasser', ['admin', 'koordinator', 'institusjonsleder', 'mote'], async (req, res) => {
    const user = req.user!;
    const now = deps.now();
    // An institution leader sees only their own units.
    const scope = unitScope(user);
    const { reportStaleHour } = await cachedSettings(deps.db);
    // One capacity read for both the table and the reminders.
    const capacity = await loadUnitCapacity(deps.db, now, reportStaleHour, scope);
    const [institutions, reminders] = await Promise.all([listPlaces(deps.db, capacity), listStaleReminders(deps.db, capacity)]);
    sendPage(res, <PlacesPage user={user} csrfToken={req.csrfToken!} available={areasFor(user.role)}
      institutions={institutions} now={now} reminders={reminders} staleHour={reportStaleHour}
      unitPages={user.role === 'koordinator' || user.role === 'institusjonsleder'} />);
  });
}
