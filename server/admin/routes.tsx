import { AdminHomePage } from '../../views/admin/admin-layout.tsx';
import type { AppDeps } from '../app.tsx';
import { areasFor } from '../areas.ts';
import { sendPage } from '../render.tsx';
import type { RouteTable } from '../routing.ts';
import { auditRoutes } from './audit-routes.tsx';
import { settingsRoutes } from './settings-routes.tsx';
import { unitAdminRoutes } from './unit-routes.tsx';
import { userRoutes } from './user-routes.tsx';

/** The admin area: users, units, settings and the audit log, for admins only. */
export function adminRoutes(routes: RouteTable, deps: AppDeps): void {
  routes.get('/admin', ['admin'], (req, res) =>
    sendPage(res, <AdminHomePage user={req.user!} csrfToken={req.csrfToken!} available={areasFor(req.user!.role)} />));
  userRoutes(routes, deps);
  unitAdminRoutes(routes, deps);
  settingsRoutes(routes, deps);
  auditRoutes(routes, deps);
}
