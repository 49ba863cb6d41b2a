import { z } from 'zod';
import { osloToday } from '../../db/dates.ts';
import { countQueues, listQueue, QUEUE_IDS } from '../../db/queries/queues.ts';
import { QueuePage, QueueView } from '../../views/queues/queue-page.tsx';
import type { AppDeps } from '../app.tsx';
import { areasFor } from '../areas.ts';
import { sendFragment, sendPage } from '../render.tsx';
import type { RouteTable } from '../routing.ts';

const queueQuery = z.object({ ko: z.enum(QUEUE_IDS).default('korttid') });

export function queueRoutes(routes: RouteTable, deps: AppDeps): void {
  routes.get('/ventelister', ['koordinator', 'mote'], async (req, res) => {
    const query = queueQuery.safeParse(req.query);
    if (!query.success) {
      res.status(400).type('text').send(`Ukjent kø «${String(req.query.ko)}». Gyldige køer: ${QUEUE_IDS.join(', ')}.`);
      return;
    }
    const today = osloToday(deps.now());
    const [rows, counts] = await Promise.all([listQueue(deps.db, query.data.ko, today), countQueues(deps.db)]);
    const view = { queue: query.data.ko, rows, counts, linkPeople: req.user!.role === 'koordinator' };
    if (req.get('hx-request')) return sendFragment(res, <QueueView {...view} />);
    sendPage(res, <QueuePage {...view} user={req.user!} csrfToken={req.csrfToken!} available={areasFor(req.user!.role)} />);
  });
}
