import { listPlaces } from '../../db/queries/places.ts';
import { listStaleReminders } from '../../db/queries/report-history.ts';
import { loadSettings } from '../../db/queries/settings.ts';
import { isReportStale } from '../../db/queries/staleness.ts';
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
    const { reportStaleHour } = await loadSettings(deps.db);
    const [institutions, reminders] = await Promise.all([
      listPlaces(deps.db, scope), listStaleReminders(deps.db, now, reportStaleHour, scope),
    ]);
    const staleUnitIds = new Set(institutions.flatMap((i) => i.units)
      .filter((u) => isReportStale(u.report?.reportedAt ?? null, now, reportStaleHour)).map((u) => u.unitId));
    sendPage(res, <PlacesPage user={user} csrfToken={req.csrfToken!} available={areasFor(user.role)}
      institutions={institutions} now={now} staleUnitIds={staleUnitIds} reminders={reminders} staleHour={reportStaleHour}
      unitPages={user.role === 'koordinator' || user.role === 'institusjonsleder'} />);
  });
}
