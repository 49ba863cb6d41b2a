import type { Request, Response } from 'express';
import { MinutesPage } from '../../views/meeting/minutes.tsx';
import type { AppDeps } from '../app.tsx';
import { areasFor } from '../areas.ts';
import { sendPage } from '../render.tsx';
import type { RouteTable } from '../routing.ts';
import { notFound } from './answers.ts';
import { draftMinutes, issueMeetingMinutes } from './minutes.tsx';
import { findMeetingById } from './service.ts';

/** Referat: the draft from today's data until issued, then exactly as issued. */
export function minutesRoutes(routes: RouteTable, deps: AppDeps): void {
  routes.get('/tildelingsmote/:id/referat', ['koordinator', 'mote'], async (req, res) => {
    await sendMinutes(req, res, deps, 200);
  });

  routes.post('/tildelingsmote/:id/referat/fastsett', ['koordinator'], async (req, res) => {
    const meeting = await findMeetingById(deps.db, req.params.id);
    if (!meeting) return notFound(res);
    const outcome = await issueMeetingMinutes(deps.db, meeting.id, req.user!, deps.now());
    if (!outcome.ok) return sendMinutes(req, res, deps, 409, outcome.message);
    res.redirect(303, `/tildelingsmote/${meeting.id}/referat`);
  });
}

async function sendMinutes(req: Request, res: Response, deps: AppDeps, status: number, error?: string): Promise<void> {
  const meeting = await findMeetingById(deps.db, req.params.id);
  if (!meeting) return notFound(res);
  const draft = meeting.minutesHtml === null ? await draftMinutes(deps.db, meeting, deps.now()) : null;
  sendPage(res, <MinutesPage user={req.user!} csrfToken={req.csrfToken!} available={areasFor(req.user!.role)} meetingId={meeting.id}
    frozenHtml={meeting.minutesHtml} draft={draft} error={error} />, status);
}
