import type { Request, Response } from 'express';
import { osloToday } from '../../db/dates.ts';
import { appendAudit } from '../../db/queries/audit.ts';
import { districtsOf, filterRows, sortRows, summarizeQueues } from '../../db/queries/queue-view.ts';
import { listAllWaiting } from '../../db/queries/queues.ts';
import { queueCsv } from '../../views/queues/queue-csv.ts';
import { QueuePage, QueueView } from '../../views/queues/queue-page.tsx';
import type { QueueParams } from '../../views/queues/queue-params.ts';
import { ErrorPage } from '../../views/error-page.tsx';
import type { AppDeps } from '../app.tsx';
import { areasFor } from '../areas.ts';
import { sendFragment, sendPage } from '../render.tsx';
import type { RouteTable } from '../routing.ts';
import { parseQueueQuery, queueFilterOf, queueSortOf } from './query.ts';

export function queueRoutes(routes: RouteTable, deps: AppDeps): void {
  routes.get('/ventelister', ['koordinator', 'mote'], async (req, res) => {
    const params = paramsOr422(req, res);
    if (!params) return;
    const all = await listAllWaiting(deps.db, osloToday(deps.now()));
    const view = {
      params, summary: summarizeQueues(all), rows: selectRows(all, params), districts: districtsOf(all),
      linkPeople: req.user!.role === 'koordinator',
    };
    if (req.get('hx-request')) return sendFragment(res, <QueueView {...view} />);
    sendPage(res, <QueuePage {...view} user={req.user!} csrfToken={req.csrfToken!} available={areasFor(req.user!.role)} />);
  });

  // Personal data leaving the system: coordinators only, and every download is in the audit log.
  routes.get('/ventelister/eksport.csv', ['koordinator'], async (req, res) => {
    const params = paramsOr422(req, res);
    if (!params) return;
    const rows = selectRows(await listAllWaiting(deps.db, osloToday(deps.now())), params);
    await appendAudit(deps.db, {
      userId: req.user!.id, action: 'queue.export', entity: 'waitlist', entityId: params.ko,
      after: { params, rows: rows.length, personIds: rows.map((r) => r.personId) },
    });
    res.type('text/csv; charset=utf-8')
      .attachment(`venteliste-${params.ko}-${osloToday(deps.now())}.csv`)
      .send(queueCsv(rows));
  });
}

/** The chosen queue's rows, filtered, then sorted when a column was chosen. */
function selectRows(all: Parameters<typeof filterRows>[0], params: QueueParams) {
  const rows = filterRows(all.filter((row) => row.queues.includes(params.ko)), queueFilterOf(params));
  const sort = queueSortOf(params);
  return sort ? sortRows(rows, sort) : rows;
}

function paramsOr422(req: Request, res: Response): QueueParams | undefined {
  const parsed = parseQueueQuery(req.query);
  if (parsed.ok) return parsed.params;
  if (req.get('hx-request')) res.status(422).type('text').send(parsed.message);
  else sendPage(res, <ErrorPage title="Ugyldig utvalg" message={parsed.message} user={req.user} />, 422);
  return undefined;
}
