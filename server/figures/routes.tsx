/**
 * /nokkeltall: the office's figures for a month, tertial or year. Aggregates only, so the
 * office leader (kontorleder) may read it as well as the coordinator and the meeting room.
 * htmx requests get the content region alone; a bad or future period is 400 with the
 * message at its field.
 */
import type { Request, Response } from 'express';
import type { Role } from '../../db/schema.ts';
import { osloToday } from '../../db/dates.ts';
import { FigureContent } from '../../views/figures/figure-content.tsx';
import type { FigureContentProps } from '../../views/figures/figure-types.ts';
import { FiguresPage } from '../../views/figures/figures-page.tsx';
import type { AppDeps } from '../app.tsx';
import { areasFor } from '../areas.ts';
import { sendFragment, sendPage } from '../render.tsx';
import type { RouteTable } from '../routing.ts';
import { defaultPeriod, KIND_LABELS, nextPeriod, periodBefore, periodChoices, readPeriodQuery, type ShownPeriod } from './periods.ts';
import { loadFigurePage, sectionFormulas } from './service.ts';

export const FIGURE_ROLES = ['koordinator', 'mote', 'kontorleder'] as const satisfies readonly Role[];

const link = (p: { id: string; label: string } | null) => (p ? { id: p.id, label: p.label } : null);

function picker(period: ShownPeriod, today: string): FigureContentProps['picker'] {
  return {
    kind: period.kind, kindLabels: KIND_LABELS, choices: periodChoices(period.kind, today).map((p) => link(p)!),
    previous: link(periodBefore(period)), next: link(nextPeriod(period, today)),
  };
}

export function figureRoutes(routes: RouteTable, deps: AppDeps): void {
  routes.get('/nokkeltall', FIGURE_ROLES, async (req, res) => {
    const today = osloToday(deps.now());
    const query = readPeriodQuery(req.query as Record<string, unknown>, today);
    if (!query.ok) return respond(req, res, { picker: picker(defaultPeriod(today), today), formulas: {}, error: query }, today, 400);
    const data = await loadFigurePage(deps.db, query.period, today);
    respond(req, res, { picker: picker(query.period, today), data, formulas: sectionFormulas() }, today);
  });
}

function respond(req: Request, res: Response, content: FigureContentProps, today: string, status = 200): void {
  // A history restore asks for the whole page: htmx puts it in place of the body.
  if (req.get('hx-request') && !req.get('hx-history-restore-request')) return sendFragment(res, <FigureContent {...content} />, status);
  const user = req.user!;
  sendPage(res, <FiguresPage user={user} csrfToken={req.csrfToken} available={areasFor(user.role)} reportYear={reportYear(today)} {...content} />, status);
}

/** The Årsrapport link opens this year's report, as the Årsrapport itself does by default. */
const reportYear = (today: string): number => Number(today.slice(0, 4));
