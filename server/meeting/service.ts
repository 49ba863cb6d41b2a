/** Use cases of the meeting page: what the meeting sees, and planning from it. */
import type { Db } from '../../db/client.ts';
import { addDays, osloToday } from '../../db/dates.ts';
import { overrideKeyOf, overrideOptions } from '../../db/queries/allocation-lists.ts';
import { peopleOfEntryIds, waitingPeople } from '../../db/queries/meeting-agenda.ts';
import { findMeeting, type Meeting, runOfAllocation, setMeetingRun } from '../../db/queries/meetings.ts';
import { findPartnerProposal, foldCouples, partnersOfAllocations, withPartner } from '../../db/queries/couple-proposals.ts';
import { findProposal, findRun, latestRun, listRunProposals, type ProposalRow } from '../../db/queries/planning-runs.ts';
import { entryIdOf } from '../../db/queries/snapshot.ts';
import type { OverrideOptions } from '../../views/proposals/proposal-row.tsx';
import type { MeetingInfo, MeetingRun, MeetingView } from '../../views/meeting/meeting-types.ts';
import { parseId } from '../forms.ts';
import { interimRows, planToday } from '../proposals/service.ts';
import { inversionsOfRun, inversionTexts, nameInversions } from '../proposals/inversions.ts';
import { runOutdated, withConflicts } from '../proposals/conflicts.ts';
import { loadVedtakSince, loadWatch } from './agenda.ts';
import { mentionedEntries, readStoredText, readStoredTexts, warningText } from '../stored-texts.ts';
import { initialsOf, type NameMode, personLabel } from './people.ts';
import { weekLabel } from './weeks.ts';

export async function loadMeetingView(db: Db, meeting: Meeting, now: Date, mode: NameMode): Promise<MeetingView> {
  const latest = await latestRun(db);
  return {
    meeting: meetingInfo(meeting),
    watch: await loadWatch(db, meeting.weekStart, now, mode),
    run: meeting.planningRunId ? await loadMeetingRun(db, meeting, mode, now) : null,
    newerRunId: latest && latest.id !== meeting.planningRunId && latest.id > (meeting.planningRunId ?? 0) ? latest.id : null,
    vedtak: await loadVedtakSince(db, meeting, now, mode),
  };
}

export const meetingInfo = (meeting: Meeting): MeetingInfo => ({
  id: meeting.id, weekStart: meeting.weekStart, weekLabel: weekLabel(meeting.weekStart), participants: meeting.participants,
  heldAt: meeting.heldAt, minutesIssuedAt: meeting.minutesIssuedAt,
});

async function loadMeetingRun(db: Db, meeting: Meeting, mode: NameMode, now: Date): Promise<MeetingRun | null> {
  const run = await findRun(db, meeting.planningRunId!);
  if (!run) return null;
  const proposals = await listRunProposals(db, run.id);
  const rows = foldCouples(await withConflicts(db, await labelProposals(db, proposals, mode), now), await partnersOfAllocations(db, proposals.map((p) => p.allocationId)));
  const weekEnd = addDays(meeting.weekStart, 6);
  const interim = interimRows(run);
  const inversions = inversionsOfRun(db, run);
  const name = await readStoredTexts(db, [...run.warnings.map((w) => w.text), ...interim.flatMap((r) => [r.name, r.why]), ...inversionTexts(inversions)], (p) => personLabel(p, mode));
  const people = await peopleOfEntryIds(db, interim.map((r) => entryIdOf(r.name) ?? -1));
  return {
    id: run.id, createdAt: run.createdAt, status: run.status, warnings: run.warnings.map((w) => ({ ...w, text: name(warningText(w)) })), plannedOn: osloToday(run.createdAt),
    inWeek: rows.filter((r) => !r.interim && r.date <= weekEnd), later: rows.filter((r) => !r.interim && r.date > weekEnd),
    interimProposals: rows.filter((r) => r.interim),
    interimStays: interim.map((r) => ({ ...r, name: name(r.name), personId: people.get(entryIdOf(r.name) ?? -1)?.personId ?? null, why: name(r.why) })),
    inversions: run.plan ? nameInversions(inversions, name) : null,
    outdated: await runOutdated(db, run.id),
    optionsByKind: await labelOptions(db, await overrideOptions(db), mode),
  };
}

/** Proposals with the person and the planner's explanation named as the display names people. */
export async function labelProposals(db: Db, rows: ProposalRow[], mode: NameMode): Promise<ProposalRow[]> {
  const people = await peopleOfEntryIds(db, [...new Set([...rows.map((r) => r.entryId), ...mentionedEntries(rows.map((r) => r.reason))])]);
  const labels = new Map([...people].map(([entryId, person]) => [entryId, personLabel(person, mode)]));
  return rows.map((row) => ({
    ...row,
    personName: labels.get(row.entryId) ?? row.personName,
    reason: row.reason && readStoredText(row.reason, labels),
  }));
}

/** The override form's people, with initials instead of names on the projector. */
export async function labelOptions(db: Db, byKind: Record<string, OverrideOptions>, mode: NameMode): Promise<Record<string, OverrideOptions>> {
  if (mode === 'full') return byKind;
  const people = await waitingPeople(db);
  const relabel = (option: OverrideOptions['people'][number]) => {
    const person = people.get(option.entryId);
    return person ? { ...option, label: option.label.replace(person.name, initialsOf(person.name, person.fnr)) } : option;
  };
  return Object.fromEntries(Object.entries(byKind).map(([kind, options]) => [kind, { ...options, people: options.people.map(relabel) }]));
}

/** One proposal as the meeting shows it, with the override choices for its kind; undefined unless it belongs to the meeting's run. */
export async function loadMeetingProposal(db: Db, meeting: Meeting, allocationId: number, mode: NameMode, now: Date) {
  const found = await findProposal(db, allocationId);
  // Overrides made in the meeting keep the run, so they belong to it too.
  if (!found || meeting.planningRunId === null || await runOfAllocation(db, allocationId) !== meeting.planningRunId) return undefined;
  const partner = await findPartnerProposal(db, allocationId);
  const [own, other] = await withConflicts(db, await labelProposals(db, partner ? [found, partner] : [found], mode), now);
  const row = other ? withPartner(own!, other) : own;
  const options = (await labelOptions(db, await overrideOptions(db), mode))[overrideKeyOf(found)];
  return { row: row!, options };
}

/** Plans today's state and makes the new run the meeting's. */
export async function planForMeeting(db: Db, meetingId: number, userId: number, now: Date): Promise<number> {
  const runId = await planToday(db, userId, now);
  await setMeetingRun(db, meetingId, runId, userId);
  return runId;
}

/** The meeting with the id from a path or form, or undefined (also when it is no id at all). */
export async function findMeetingById(db: Db, rawId: unknown): Promise<Meeting | undefined> {
  const id = parseId(rawId);
  return id === null ? undefined : findMeeting(db, id);
}
