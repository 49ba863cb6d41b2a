/**
 * The simulated history as plain records: the engine's output and the loader's input.
 * Records refer to each other by index in their list (`person`, `application`, `entry`,
 * `allocation`, `meeting`, `run`) and to units by code. Dates are ISO days; a stay or a
 * booking holds its place on days `from ≤ t < to`. Nothing here knows the database; each
 * list maps onto one table or columns of one (README.md lists the mapping).
 */
import type { Queue } from '../institutions.ts';

/** The three kinds of place (schema.ts PLACE_KINDS). */
export type PlaceKind = 'korttid' | 'langtid' | 'bofellesskap';

/** A unit as the simulation sees it: staffed beds, of which `respiteBeds` are kept for avlastning. */
export interface SimUnit {
  code: string;
  kind: PlaceKind;
  tags: string[];
  onlyFor: string[];
  beds: number;
  respiteBeds: number;
}

/** A person the office had to do with. */
export interface HistPerson {
  name: string;
  fnr: string;
  district: string;
  /** First day the office knew the person (first application, hospital notice or respite series). */
  registeredOn: string;
  /** Day of death, if the person died within the history. */
  diedOn: string | null;
}

/** Where an application came from. */
export type Origin = 'home' | 'hospital' | 'unit';

/** An application (søknad) and its vedtak. */
export interface HistApplication {
  person: number;
  queue: Queue;
  kind: PlaceKind;
  requiredTags: string[];
  origin: Origin;
  receivedDate: string;
  /** The saksbehandler who handled and decided it: index into CASEWORKERS. */
  caseworker: number;
  outcome: 'innvilget' | 'avslag' | 'ventelistevedtak' | null;
  decisionDate: string | null;
  priority: 1 | 2 | 3 | null;
  guaranteeDate: string | null;
  interimAllowed: boolean;
  appealRegime: 'statsforvalteren' | 'lokal';
  /** Closed without a vedtak (the person died or withdrew first); such applications have no row today. */
  closedOn: string | null;
}

/** A waitlist entry's status (schema.ts WAIT_STATUSES). */
export type EntryStatus = 'waiting' | 'reserved' | 'admitted' | 'withdrawn' | 'deceased';

/** A granted application's place on the waiting list, with every status change in order. */
export interface HistEntry {
  application: number;
  person: number;
  kind: PlaceKind;
  createdOn: string;
  earliestDate: string | null;
  status: EntryStatus;
  changes: { on: string; status: EntryStatus; reason: string | null }[];
}

/** A hospital admission, from melding om innlagt pasient to utskrevet. */
export interface HistHospitalStay {
  person: number;
  admittedDate: string;
  /** Declared utskrivningsklar; overliggerdøgn count from here while the person waits. */
  dischargeReadyDate: string;
  /** Where the person is going: an institution (through an application) or home. */
  destination: 'institution' | 'home';
  endedDate: string | null;
  endedReason: 'institusjon' | 'hjem' | 'dod' | null;
}

/** An allocation's status (schema.ts ALLOCATION_STATUSES). */
export type AllocationStatus = 'proposed' | 'reserved' | 'admitted' | 'cancelled' | 'rejected';

/** A place given to an entry: by a meeting from a planning run, or by the coordinator the same day. */
export interface HistAllocation {
  entry: number;
  unit: string;
  date: string;
  status: AllocationStatus;
  meeting: number | null;
  run: number | null;
  proposedOn: string;
  /** Day of the last status change (reserved, rejected, admitted, cancelled). */
  decidedOn: string;
  reason: string;
  /** An interim korttid stay while waiting for the entry's own place (korttid i påvente): the entry keeps waiting. */
  interim: boolean;
}

/** A stay in a unit: the place itself, or korttid while waiting for it. */
export interface HistUnitStay {
  person: number;
  unit: string;
  /** The allocation this stay is the admission of (an interim one for korttid i påvente). */
  allocation: number | null;
  fromDate: string;
  toDate: string | null;
  endReason: 'hjem' | 'dod' | 'flyttet' | 'annet' | null;
  /** korttid only: the day the stay is planned to end (null while waiting for a long-term place). */
  plannedEnd: string | null;
}

/** A respite (avlastning) series on a unit's respite bed and its stays. */
export interface HistRespite {
  person: number;
  unit: string;
  stayDays: number;
  everyWeeks: number;
  firstFrom: string;
  lastDate: string;
  stays: { from: string; to: string }[];
}

/** A leader's morning report (before the day's admissions and departures). */
export interface HistPlaceReport {
  unit: string;
  on: string;
  staffedBeds: number;
  occupied: number;
  freeNow: number;
  reserved: number;
}

/** A weekly tildelingsmøte and the planning run it used. */
export interface HistMeeting { weekStart: string; heldOn: string; run: number }

/** A planning run: a summary in counts, and the documents themselves. */
export interface HistPlanningRun {
  on: string;
  applicants: number;
  admissions: number;
  interimStays: number;
  unplaced: number;
  status: 'optimal' | 'feasible' | 'timedout';
  engine: string;
  millis: number;
  costNok: number;
  /** The snapshot the run saw and the plan it gave (exchange formats; applicants named `E<entry>`). */
  snapshot: unknown;
  plan: unknown;
}

/** Foreløpig svar (issue 14): sent when a case will not be answered within a month. */
export interface HistProvisionalReply { application: number; sentOn: string; expectedBy: string }

/** An appeal (klage) against a vedtak; open steps are null. */
export interface HistAppeal {
  application: number;
  receivedOn: string;
  /** The office's own reassessment (fvl. § 33): it keeps the vedtak (opprettholdt) or changes it (omgjort, the appeal ends). */
  reassessedOn: string | null;
  officeResult: 'opprettholdt' | 'omgjort' | null;
  /** Sent on to Statsforvalteren (or the local appeal body for bofellesskap), the day the vedtak was kept. */
  forwardedOn: string | null;
  /** The appeal body's decision. */
  decidedOn: string | null;
  result: 'stadfestet' | 'omgjort' | 'opphevet' | null;
}

/** Everything the simulation produced, ready for rows.ts. */
export interface History {
  seed: number;
  /** First simulated day and the last (inclusive); figures are read over the last 365 days. */
  firstDay: string;
  lastDay: string;
  units: SimUnit[];
  persons: HistPerson[];
  applications: HistApplication[];
  entries: HistEntry[];
  hospitalStays: HistHospitalStay[];
  allocations: HistAllocation[];
  unitStays: HistUnitStay[];
  respite: HistRespite[];
  /** Weekday mornings, the morning after `lastDay` included (the present's first report). */
  placeReports: HistPlaceReport[];
  meetings: HistMeeting[];
  planningRuns: HistPlanningRun[];
  provisionalReplies: HistProvisionalReply[];
  appeals: HistAppeal[];
}
