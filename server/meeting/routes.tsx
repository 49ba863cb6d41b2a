import type { Request, Response } from 'express';
import { osloToday } from '../../db/dates.ts';
import { auditShowNames, createMeeting, listMeetings, setParticipants } from '../../db/queries/meetings.ts';
import { latestRun } from '../../db/queries/planning-runs.ts';
import { MeetingPage } from '../../views/meeting/meeting-page.tsx';
import { MeetingProposals } from '../../views/meeting/meeting-proposals.tsx';
import { MeetingsPage } from '../../views/meeting/meetings-page.tsx';
import type { AppDeps } from '../app.tsx';
import { areasFor } from '../areas.ts';
import { fieldErrors, submittedText } from '../forms.ts';
import { sendFragment, sendPage } from '../render.tsx';
import type { RouteTable } from '../routing.ts';
import { issued, notFound } from './answers.ts';
import { meetingDecisionRoutes } from './decision-routes.tsx';
import { displayOf, nameModeOf } from './display.ts';
import { participantsForm, startMeetingForm, weekQuery } from './forms.ts';
import { minutesRoutes } from './minutes-routes.tsx';
import { findMeetingById, loadMeetingView, planForMeeting } from './service.ts';
import { isoWeekOf, mondayOfIsoWeek, weekLabel } from './weeks.ts';

/** Tildelingsmøte: coordinators run the meeting; the meeting room's account (`mote`) watches. */
export function meetingRoutes(routes: RouteTable, deps: AppDeps): void {
  routes.get('/tildelingsmote', ['koordinator', 'mote'], async (req, res) => {
    const query = weekQuery.safeParse(req.query);
    await sendMeetings(req, res, deps, (query.success && query.data.uke) || isoWeekOf(osloToday(deps.now())));
  });

  routes.post('/tildelingsmote', ['koordinator'], async (req, res) => {
    const form = startMeetingForm.safeParse(req.body ?? {});
    const values = submittedText(req.body);
    if (!form.success) return sendMeetings(req, res, deps, mondayOfIsoWeek(values.uke ?? '') ? values.uke! : isoWeekOf(osloToday(deps.now())), 422, fieldErrors(form.error), values);
    const run = await latestRun(deps.db);
    const id = await createMeeting(deps.db, { weekStart: mondayOfIsoWeek(form.data.uke)!, participants: form.data.deltakere, planningRunId: run?.id ?? null },
      req.user!.id, deps.now());
    res.redirect(303, `/tildelingsmote/${id}`);
  });

  routes.get('/tildelingsmote/:id', ['koordinator', 'mote'], async (req, res) => {
    const meeting = await findMeetingById(deps.db, req.params.id);
    if (!meeting) return notFound(res);
    const display = displayOf(req.query, req.user!.role);
    if (display.projector && display.fullNames) await auditShowNames(deps.db, meeting.id, req.user!.id);
    const now = deps.now();
    sendPage(res, <MeetingPage user={req.user!} csrfToken={req.csrfToken!} available={areasFor(req.user!.role)} display={display} now={now}
      view={await loadMeetingView(deps.db, meeting, now, nameModeOf(display))} />);
  });

  routes.post('/tildelingsmote/:id/planlegg', ['koordinator'], async (req, res) => {
    const meeting = await findMeetingById(deps.db, req.params.id);
    if (!meeting) return notFound(res);
    if (meeting.minutesIssuedAt) return issued(res);
    await planForMeeting(deps.db, meeting.id, req.user!.id, deps.now());
    const display = displayOf(req.query, req.user!.role);
    // htmx gets the section itself: a redirect followed by XHR would be upgraded to https by the CSP.
    if (!req.get('hx-request')) return res.redirect(303, `/tildelingsmote/${meeting.id}${display.query}`);
    const view = await loadMeetingView(deps.db, (await findMeetingById(deps.db, meeting.id))!, deps.now(), nameModeOf(display));
    sendFragment(res, <MeetingProposals meetingId={meeting.id} run={view.run} newerRunId={view.newerRunId} canDecide display={display}
      csrfToken={req.csrfToken!} today={view.watch.today} />);
  });

  routes.post('/tildelingsmote/:id/deltakere', ['koordinator'], async (req, res) => {
    const meeting = await findMeetingById(deps.db, req.params.id);
    if (!meeting) return notFound(res);
    if (meeting.minutesIssuedAt) return issued(res);
    const form = participantsForm.safeParse(req.body ?? {});
    if (!form.success) return void res.status(422).type('text').send(fieldErrors(form.error).deltakere);
    await setParticipants(deps.db, meeting.id, form.data.deltakere, req.user!.id);
    res.redirect(303, `/tildelingsmote/${meeting.id}`);
  });

  meetingDecisionRoutes(routes, deps);
  minutesRoutes(routes, deps);
}

async function sendMeetings(req: Request, res: Response, deps: AppDeps, week: string, status = 200,
  errors?: Record<string, string>, values?: Record<string, string>): Promise<void> {
  const monday = mondayOfIsoWeek(week)!;
  // «Tidligere møter» leaves out the chosen week's, which are listed above it.
  const [ofWeek, recent] = await Promise.all([listMeetings(deps.db, { weekStart: monday }), listMeetings(deps.db, { limit: 12 })]);
  sendPage(res, <MeetingsPage user={req.user!} csrfToken={req.csrfToken!} available={areasFor(req.user!.role)} week={week} weekLabel={weekLabel(monday)}
    ofWeek={ofWeek} recent={recent.filter((m) => m.weekStart !== monday).map((m) => ({ ...m, weekLabel: weekLabel(m.weekStart) }))}
    errors={errors} values={values} />, status);
}
