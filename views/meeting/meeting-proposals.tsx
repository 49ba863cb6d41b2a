/** The meeting's proposals, by unit and day, decided with the coordinator's own row component. */
import { formatDate, formatDayHeading } from '../format.ts';
import { type ActionUrl, ProposalRowView, type ProposalView } from '../proposals/proposal-row.tsx';
import { InterimStays } from '../proposals/interim-rows.tsx';
import { Inversions } from '../proposals/inversions.tsx';
import { OutdatedNotice } from '../proposals/proposal-conflict.tsx';
import type { Display, MeetingRun } from './meeting-types.ts';

export interface MeetingProposalsProps {
  meetingId: number;
  run: MeetingRun | null;
  newerRunId: number | null;
  canDecide: boolean;
  display: Display;
  csrfToken: string;
  today: string;
}

/** Decisions post to the meeting, keeping the display (projector, names) for the answer. */
export const meetingActionUrl = (meetingId: number, display: Display): ActionUrl =>
  (allocationId, action) => `/tildelingsmote/${meetingId}/forslag/${allocationId}/${action}${display.query}`;

export function MeetingProposals({ meetingId, run, newerRunId, canDecide, display, csrfToken, today }: MeetingProposalsProps) {
  const stale = run && run.plannedOn < today;
  return (
    <section id="meeting-proposals" class="meeting-section" aria-labelledby="meeting-proposals-h">
      <h2 class="ds-heading" data-size="md" id="meeting-proposals-h" data-announce="polite">Forslag {run ? `(${run.inWeek.length} denne uka)` : ''}</h2>
      {canDecide && <PlanForm meetingId={meetingId} display={display} csrfToken={csrfToken} again={run !== null} />}
      {!run && <p class="ds-paragraph">Møtet har ingen forslag ennå.{canDecide ? ' Trykk «Planlegg nå».' : ''}</p>}
      {run && <OutdatedNotice outdated={run.outdated} again="planlegg på nytt" />}
      {stale && <div class="ds-alert" data-color="warning">Forslagene er fra {formatDate(run.plannedOn)}. Planlegg på nytt for dagens tall.</div>}
      {newerRunId && <p class="ds-paragraph muted no-print">Det finnes nyere forslag (<a class="ds-link" href={`/forslag/kjoring/${newerRunId}`}>kjøring {newerRunId}</a>) enn møtets.</p>}
      {run && run.warnings.length > 0 && (
        <details class="ds-details"><summary>Tallene har svakheter ({run.warnings.length})</summary>
          <ul>{run.warnings.map((w, i) => <li key={i}>{w.text}</li>)}</ul>
        </details>
      )}
      {run?.inversions && <Inversions groups={run.inversions} folded />}
      {run && <InterimStays proposals={run.interimProposals} planned={run.interimStays} canDecide={canDecide} linkPeople={display.linkPeople}
        options={run.optionsByKind.interim} actionUrl={meetingActionUrl(meetingId, display)} />}
      {run && <ProposalGroups rows={run.inWeek} run={run} meetingId={meetingId} canDecide={canDecide} display={display} />}
      {run && run.inWeek.length === 0 && <p class="ds-paragraph">Ingen forslag for denne uka.</p>}
      {run && run.later.length > 0 && (
        <details class="ds-details meeting-later"><summary>Forslag etter uka ({run.later.length})</summary>
          <ProposalGroups rows={run.later} run={run} meetingId={meetingId} canDecide={canDecide} display={display} />
        </details>
      )}
    </section>
  );
}

function PlanForm({ meetingId, display, csrfToken, again }: { meetingId: number; display: Display; csrfToken: string; again: boolean }) {
  const action = `/tildelingsmote/${meetingId}/planlegg${display.query}`;
  return (
    <form method="post" action={action} class="plan-form" hx-post={action} hx-target="#meeting-proposals" hx-select="#meeting-proposals" hx-swap="outerHTML" hx-indicator="#meeting-plan-progress" hx-disabled-elt="find button">
      <input type="hidden" name="_csrf" value={csrfToken} />
      {/* The id lets focus follow to «Planlegg på nytt» when the section is swapped. */}
      <button type="submit" id="meeting-plan" class="ds-button" data-variant={again ? 'secondary' : 'primary'}>{again ? 'Planlegg på nytt' : 'Planlegg nå'}</button>
      <span id="meeting-plan-progress" class="htmx-indicator"><span class="ds-spinner" aria-hidden="true"></span> Planlegger ut fra dagens ventelister og plasser …</span>
    </form>
  );
}

function ProposalGroups({ rows, run, meetingId, canDecide, display }: { rows: ProposalView[]; run: MeetingRun; meetingId: number; canDecide: boolean; display: Display }) {
  const actionUrl = meetingActionUrl(meetingId, display);
  return (
    <>
      {[...groupBy(rows, (r) => `${r.unitName} (${r.unitCode})`)].map(([unit, unitRows]) => (
        <section key={unit} class="meeting-unit">
          <h3 class="ds-heading" data-size="xs">{unit}</h3>
          {[...groupBy(unitRows, (r) => r.date)].map(([date, dayRows]) => (
            <div key={date} class="meeting-day">
              <h4 class="meeting-day-h">{formatDayHeading(date)}</h4>
              {dayRows.map((row) => <ProposalRowView key={row.allocationId} row={row} canDecide={canDecide} options={run.optionsByKind[row.kind]} actionUrl={actionUrl} linkPeople={display.linkPeople} />)}
            </div>
          ))}
        </section>
      ))}
    </>
  );
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of [...items].sort((a, b) => key(a).localeCompare(key(b), 'nb'))) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}
