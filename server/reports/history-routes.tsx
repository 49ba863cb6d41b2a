/** A unit's page: every report it has made and a chart of free places over eight weeks. */
import { freePlacesByDay, listUnitReports } from '../../db/queries/report-history.ts';
import { loadReportUnits } from '../../db/queries/reports.ts';
import { loadSettings } from '../../db/queries/settings.ts';
import { UnitHistoryPage } from '../../views/reports/unit-page.tsx';
import type { AppDeps } from '../app.tsx';
import { areasFor } from '../areas.ts';
import { assertUnitAccess, NotFoundError } from '../auth/unit-access.tsx';
import { sendPage } from '../render.tsx';
import { pathId, type RouteTable } from '../routing.ts';

/** Days the chart covers: eight weeks. */
export const CHART_DAYS = 56;

export function historyRoutes(routes: RouteTable, deps: AppDeps): void {
  routes.get('/plasser/enhet/:unitId', ['koordinator', 'institusjonsleder'], async (req, res) => {
    const unitId = pathId(req, 'unitId');
    assertUnitAccess(req, unitId);
    const now = deps.now();
    const { reportStaleHour } = await loadSettings(deps.db);
    const [unit] = await loadReportUnits(deps.db, [unitId], now, reportStaleHour);
    if (!unit) throw new NotFoundError();
    const [reports, points] = await Promise.all([listUnitReports(deps.db, unitId), freePlacesByDay(deps.db, unitId, now, CHART_DAYS)]);
    const user = req.user!;
    sendPage(res, <UnitHistoryPage user={user} csrfToken={req.csrfToken!} available={areasFor(user.role)} unit={unit}
      reports={reports} points={points} days={CHART_DAYS} now={now} />);
  });
}
