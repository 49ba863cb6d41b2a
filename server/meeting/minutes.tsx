/** The meeting's minutes: drafted from the data, and frozen as HTML when issued. */
import { render } from 'preact-render-to-string';
import type { Db } from '../../db/client.ts';
import { findMeeting, issueMinutes, listMeetingDecisions, type Meeting } from '../../db/queries/meetings.ts';
import { MinutesDocument, type MinutesView } from '../../views/meeting/minutes.tsx';
import { loadWatch } from './agenda.ts';
import { readStoredTexts } from '../stored-texts.ts';
import { meetingInfo } from './service.ts';

/** The minutes from today's data: decisions recorded on the meeting, and what is still open. */
export async function draftMinutes(db: Db, meeting: Meeting, now: Date): Promise<MinutesView> {
  const decisions = await listMeetingDecisions(db, meeting.id);
  const name = await readStoredTexts(db, decisions.map((d) => d.reason));
  const named = decisions.map((d) => ({ ...d, reason: name(d.reason) }));
  const watch = await loadWatch(db, meeting.weekStart, now, 'full');
  return {
    meeting: meetingInfo(meeting),
    generatedAt: now,
    placed: named.filter((d) => d.status !== 'rejected'),
    rejected: named.filter((d) => d.status === 'rejected'),
    openGuarantee: watch.guarantee.filter((g) => g.daysLeft <= 0),
    openHospital: watch.hospital.filter((h) => h.entryStatus !== 'reserved' && (h.status === 'utskrivningsklar' || h.entryKind !== null)),
  };
}

export type IssueOutcome = { ok: true } | { ok: false; message: string };

/**
 * «Fastsett referat»: renders the minutes once and stores that HTML, so the minutes read
 * the same whatever happens later. A second issue is refused.
 */
export async function issueMeetingMinutes(db: Db, meetingId: number, user: { id: number; displayName: string }, now: Date): Promise<IssueOutcome> {
  const meeting = await findMeeting(db, meetingId);
  if (!meeting) return { ok: false, message: 'Fant ikke møtet.' };
  if (meeting.minutesIssuedAt) return { ok: false, message: 'Referatet er allerede fastsatt.' };
  const html = render(<MinutesDocument minutes={await draftMinutes(db, meeting, now)} issued={{ at: now, by: user.displayName }} />);
  return await issueMinutes(db, meetingId, html, user.id, now) ? { ok: true } : { ok: false, message: 'Referatet er allerede fastsatt.' };
}
