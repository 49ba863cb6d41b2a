import type { Request, Response } from 'express';
import { unfitReason } from '../../db/queries/allocation-lists.ts';
import { findProposal } from '../../db/queries/planning-runs.ts';
import { tagCodesAsWords } from '../stored-texts.ts';
import { type Actor, type AllocationOutcome, overrideProposal } from '../../db/queries/allocations.ts';
import { acceptAllocation, rejectAllocation } from '../../db/queries/couple-allocations.ts';
import { type Meeting, runOfAllocation } from '../../db/queries/meetings.ts';
import { meetingActionUrl } from '../../views/meeting/meeting-proposals.tsx';
import type { Display } from '../../views/meeting/meeting-types.ts';
import { WatchSections } from '../../views/meeting/watch.tsx';
import { ProposalRowView } from '../../views/proposals/proposal-row.tsx';
import type { AppDeps } from '../app.tsx';
import { fieldErrors, idParam, submittedText } from '../forms.ts';
import { overrideFormNow, rejectForm } from '../proposals/forms.ts';
import { sendFragment } from '../render.tsx';
import type { RouteTable } from '../routing.ts';
import { loadWatch } from './agenda.ts';
import { ISSUED_MESSAGE, notFound as meetingNotFound } from './answers.ts';
import { displayOf, nameModeOf } from './display.ts';
import { findMeetingById, loadMeetingProposal } from './service.ts';
import { runOutdated } from '../proposals/conflicts.ts';
import { OutdatedNotice } from '../../views/proposals/proposal-conflict.tsx';

/** A decision in the meeting: which meeting, which proposal, who, and how the page shows it. */
interface Decision { meeting: Meeting; allocationId: number; actor: Actor; display: Display }

/**
 * Godta, Avvis and Overstyr in the meeting: the coordinator's use cases with the meeting
 * recorded on each decision. The answer is the proposal's row, with the places and the
 * waiting lists swapped in out of band.
 */
export function meetingDecisionRoutes(routes: RouteTable, deps: AppDeps): void {
  const base = '/tildelingsmote/:id/forslag/:allocationId';
  routes.post(`${base}/godta`, ['koordinator'], (req, res) =>
    decide(req, res, deps, (d) => acceptAllocation(deps.db, d.allocationId, d.actor, deps.now())));

  routes.post(`${base}/avvis`, ['koordinator'], async (req, res) => {
    const form = rejectForm.safeParse(req.body ?? {});
    await decide(req, res, deps, (d) => rejectAllocation(deps.db, d.allocationId, form.data!.begrunnelse || 'uten begrunnelse', d.actor, deps.now()),
      form.success ? undefined : { error: fieldErrors(form.error).begrunnelse });
  });

  routes.post(`${base}/overstyr`, ['koordinator'], async (req, res) => {
    const form = (await overrideFormNow(deps.db, deps.now())).safeParse(req.body ?? {});
    const values = submittedText(req.body);
    const proposalId = idParam.safeParse(req.params.allocationId);
    const interim = proposalId.success && (await findProposal(deps.db, proposalId.data))?.interim;
    const unfit = form.success ? await unfitReason(deps.db, form.data.person, form.data.enhet, interim || false) : null;
    const invalid = unfit && tagCodesAsWords(unfit);
    await decide(req, res, deps, (d) => overrideProposal(deps.db, d.allocationId,
      { entryId: form.data!.person, unitId: form.data!.enhet, date: form.data!.dato, reason: form.data!.begrunnelse }, d.actor, deps.now()),
    form.success ? (invalid ? { overrideErrors: { enhet: invalid }, values } : undefined) : { overrideErrors: fieldErrors(form.error), values });
  });
}

interface Invalid { error?: string; overrideErrors?: Record<string, string>; values?: Record<string, string> }

/** Runs a decision (unless the form was invalid: 422) and answers with the row: updated, or why it failed (409). */
async function decide(req: Request, res: Response, deps: AppDeps, action: (d: Decision) => Promise<AllocationOutcome>, invalid?: Invalid): Promise<void> {
  const decision = await decisionOf(req, deps);
  if (!decision) return notFound(res);
  if (decision.meeting.minutesIssuedAt) return sendRow(req, res, deps, decision, 409, { error: ISSUED_MESSAGE });
  if (invalid) return sendRow(req, res, deps, decision, 422, invalid);
  const outcome = await action(decision);
  if (!outcome.ok && outcome.reason === 'not-found') return notFound(res);
  await sendRow(req, res, deps, decision, outcome.ok ? 200 : 409, outcome.ok ? {} : { error: outcome.message });
}

async function decisionOf(req: Request, deps: AppDeps): Promise<Decision | undefined> {
  const meeting = await findMeetingById(deps.db, req.params.id);
  const allocationId = idParam.safeParse(req.params.allocationId);
  if (!meeting || !allocationId.success) return undefined;
  // Overrides made in the meeting keep the run, so they belong to it too.
  if (meeting.planningRunId === null || await runOfAllocation(deps.db, allocationId.data) !== meeting.planningRunId) return undefined;
  return { meeting, allocationId: allocationId.data, actor: { userId: req.user!.id, meetingId: meeting.id }, display: displayOf(req.query, req.user!.role) };
}

async function sendRow(req: Request, res: Response, deps: AppDeps, d: Decision, status: number, extra: Invalid): Promise<void> {
  if (!req.get('hx-request')) {
    if (status >= 400) return void res.status(status).type('text').send(extra.error ?? Object.values(extra.overrideErrors ?? {}).join(' '));
    return res.redirect(303, `/tildelingsmote/${d.meeting.id}${d.display.query}`);
  }
  const mode = nameModeOf(d.display);
  const proposal = (await loadMeetingProposal(deps.db, d.meeting, d.allocationId, mode, deps.now()))!;
  const watch = await loadWatch(deps.db, d.meeting.weekStart, deps.now(), mode);
  sendFragment(res, <>
    <ProposalRowView row={proposal.row} options={proposal.options} canDecide={!d.meeting.minutesIssuedAt} actionUrl={meetingActionUrl(d.meeting.id, d.display)} linkPeople={d.display.linkPeople}
      error={extra.error} overrideErrors={extra.overrideErrors} overrideValues={extra.values} />
    <WatchSections watch={watch} now={deps.now()} oob />
    <OutdatedNotice outdated={await runOutdated(deps.db, d.meeting.planningRunId)} again="planlegg på nytt" oob />
  </>, status);
}

const notFound = (res: Response) => meetingNotFound(res, 'Fant ikke forslaget i dette møtet.');
