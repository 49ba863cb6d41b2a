/**
 * The Årsrapport (issue 15): the year's tables as one printable page, each table as a CSV
 * file, and the KPR-style CSV of waiting-list registrations. The page and the table CSVs
 * show aggregates only; the KPR file holds fødselsnumre, so it is the coordinator's alone
 * and every download is in the audit log.
 */
import type { Request, Response } from 'express';
import { osloToday } from '../../db/dates.ts';
import { computeFigures } from '../../db/figures/compute.ts';
import { lastDayOf } from '../../db/figures/period.ts';
import { recordsSince } from '../../db/figures/records-since.ts';
import { appendAudit } from '../../db/queries/audit.ts';
import type { Role } from '../../db/schema.ts';
import { listKprRegistrations } from '../../db/queries/kpr-registrations.ts';
import { AnnualReportPage } from '../../views/figures/annual-report-page.tsx';
import { kprCsv } from '../../views/figures/kpr-csv.ts';
import { reportTableCsv } from '../../views/figures/report-cells.ts';
import { REPORT_TABLE_IDS, reportTables } from '../../views/figures/report-tables.ts';
import { ErrorPage } from '../../views/error-page.tsx';
import type { AppDeps } from '../app.tsx';
import { areasFor } from '../areas.ts';
import { sendPage } from '../render.tsx';
import type { RouteTable } from '../routing.ts';
import { figureDefinitions } from './figure-definitions.ts';
import { FIGURE_ROLES } from './routes.tsx';
import { parseReportYear, type ReportYear } from './report-year.ts';

/** Aggregates only: whoever reads Nøkkeltall (the office, the meeting room and the office's leader). */
export const REPORT_ROLES = FIGURE_ROLES;
/** Personal data leaves the system: coordinators only. */
export const KPR_ROLES = ['koordinator'] as const satisfies readonly Role[];

export function annualReportRoutes(routes: RouteTable, deps: AppDeps): void {
  const yearOf = (req: Request): ReportYear => parseReportYear(req.query.ar, osloToday(deps.now()));

  routes.get('/nokkeltall/arsrapport', REPORT_ROLES, async (req, res) => {
    const parsed = yearOf(req);
    if (!parsed.ok) {
      return sendPage(res, <ErrorPage title="Ugyldig år" message={parsed.message} user={req.user} csrfToken={req.csrfToken}
        available={areasFor(req.user!.role)} back={{ href: '/nokkeltall/arsrapport', label: 'Til årsrapporten for i år' }} />, 400);
    }
    const lastDay = lastDayOf(parsed.period);
    const [figures, since] = await Promise.all([computeFigures(deps.db, parsed.period), recordsSince(deps.db)]);
    sendPage(res, <AnnualReportPage user={req.user!} csrfToken={req.csrfToken!} available={areasFor(req.user!.role)}
      year={parsed.year} from={parsed.period.from} recordsSince={since} lastDay={lastDay} partial={parsed.period.partial}
      tables={reportTables(figures, lastDay)} definitions={figureDefinitions()} showKpr={(KPR_ROLES as readonly Role[]).includes(req.user!.role)} />);
  });

  // Declared before the table files: `kpr` is not a table id, but keep the order obvious.
  routes.get('/nokkeltall/arsrapport/kpr.csv', KPR_ROLES, async (req, res) => {
    const parsed = yearOf(req);
    if (!parsed.ok) return badYear(res, parsed.message);
    const rows = await listKprRegistrations(deps.db, parsed.period);
    await appendAudit(deps.db, {
      userId: req.user!.id, action: 'kpr.export', entity: 'waitlist', entityId: parsed.year,
      after: { year: parsed.year, from: parsed.period.from, to: parsed.period.to, rows: rows.length, personIds: [...new Set(rows.map((r) => r.personId))] },
    });
    sendCsv(res, `kpr-venteliste-${parsed.year}.csv`, kprCsv(rows));
  });

  for (const id of REPORT_TABLE_IDS) {
    routes.get(`/nokkeltall/arsrapport/${id}.csv`, REPORT_ROLES, async (req, res) => {
      const parsed = yearOf(req);
      if (!parsed.ok) return badYear(res, parsed.message);
      const figures = await computeFigures(deps.db, parsed.period);
      const table = reportTables(figures, lastDayOf(parsed.period)).find((t) => t.id === id)!;
      sendCsv(res, `arsrapport-${parsed.year}-${id}.csv`, reportTableCsv(table));
    });
  }
}

function badYear(res: Response, message: string): void {
  res.status(400).type('text/plain; charset=utf-8').send(message);
}

function sendCsv(res: Response, fileName: string, body: string): void {
  res.type('text/csv; charset=utf-8').attachment(fileName).send(body);
}
