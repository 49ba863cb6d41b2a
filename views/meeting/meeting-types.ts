import type { InterimStayView } from '../proposals/proposals-page.tsx';
/** What the meeting page and the minutes show; people come labelled, never with their fødselsnummer. */
import type { SnapshotWarning } from '../../db/queries/snapshot.ts';
import type { OverrideOptions, ProposalView } from '../proposals/proposal-row.tsx';
import type { InversionView } from '../proposals/inversions.tsx';

/** How the page is shown: projector mode has large type and, unless chosen otherwise, initials. */
export interface Display {
  projector: boolean;
  fullNames: boolean;
  /** Query string that keeps the display across htmx requests, e.g. `?visning=projektor`. */
  query: string;
  /** Whether names link to person pages: only for roles that may open them (koordinator). */
  linkPeople: boolean;
}

export interface MeetingInfo {
  id: number;
  weekStart: string;
  weekLabel: string;
  participants: string[];
  heldAt: Date;
  minutesIssuedAt: Date | null;
}

export interface PlaceLine {
  unitId: number; name: string; code: string; kind: string;
  freeNow: number;
  /** Expected departures from today to the end of the meeting's week. */
  expectedInWeek: number;
  departures: { date: string; count: number }[];
  reportedAt: Date | null; stale: boolean; closed: boolean; closedReason: string | null;
}

export interface LabelledPerson { personId: number; label: string }

export interface GuaranteeLine extends LabelledPerson { entryId: number; kind: string; priority: number; guaranteeDate: string; daysLeft: number }

export interface HospitalLine extends LabelledPerson {
  admittedDate: string; dischargeReadyDate: string | null; status: string;
  entryKind: string | null; entryStatus: string | null; overligger: { days: number; nok: number };
}

export interface VedtakLine extends LabelledPerson {
  applicationId: number; kind: string; outcome: string; decisionDate: string; priority: number | null; guaranteeDate: string | null;
}

/** Places, guarantees and hospital patients: refreshed in place after every decision. */
export interface Watch {
  today: string;
  places: PlaceLine[];
  guarantee: GuaranteeLine[];
  hospital: HospitalLine[];
}

export interface MeetingRun {
  id: number; createdAt: Date; status: string; warnings: SnapshotWarning[];
  /** The Oslo day the run planned from; older than today means stale proposals. */
  plannedOn: string;
  /** Proposals in the meeting's week and after it, labelled for the display. */
  inWeek: ProposalView[];
  later: ProposalView[];
  /** The run's interim korttid stays as allocations, to decide, labelled for the display. */
  interimProposals: ProposalView[];
  /** Something was decided after the run: its proposals are out of date until planned again. */
  outdated: boolean;
  /** The plan's interim korttid stays (plan/2; none for a plan/1), labelled: shown read-only when the run stored none as allocations. */
  interimStays: InterimStayView[];
  /** «Lavere prioritet foran høyere», labelled for the display; null without a plan. */
  inversions: InversionView[] | null;
  optionsByKind: Record<string, OverrideOptions>;
}

export interface MeetingView {
  meeting: MeetingInfo;
  watch: Watch;
  run: MeetingRun | null;
  /** A run newer than the meeting's, when someone planned elsewhere. */
  newerRunId: number | null;
  vedtak: { since: string; lines: VedtakLine[] };
}
