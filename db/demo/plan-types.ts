/**
 * The demo as plain data, before it meets the database: rows refer to each other by
 * index (persons) and unit code, and the loader turns those into ids.
 */
import type { AllocationStatus, WaitStatus } from '../schema.ts';
import type { DemoInstitution, Queue } from './institutions.ts';

export interface PlannedPerson { name: string; fnr: string; district: string }

export interface PlannedAllocation {
  unit: string;
  date: string;
  status: Extract<AllocationStatus, 'reserved' | 'admitted'>;
  reason: string;
  decidedAt: Date;
}

export interface PlannedEntry {
  status: WaitStatus;
  statusReason: string | null;
  statusChangedAt: Date;
  earliestDate: string | null;
  choices: { unit: string; choice: 'preferred' | 'excluded' }[];
  allocation: PlannedAllocation | null;
}

/** An application with its vedtak, and its waitlist entry when granted. */
export interface PlannedCase {
  person: number;
  queue: Queue;
  receivedDate: string;
  requiredTags: string[];
  outcome: 'innvilget' | 'avslag' | 'ventelistevedtak' | null;
  decisionDate: string | null;
  priority: 1 | 2 | 3 | null;
  priorityReason: string | null;
  guaranteeDate: string | null;
  reasoning: string | null;
  appealRegime: 'statsforvalteren' | 'lokal';
  entry: PlannedEntry | null;
}

export interface PlannedHospitalStay {
  person: number;
  admittedDate: string;
  /** Null: still in treatment (innlagt), not yet declared discharge-ready. */
  dischargeReadyDate: string | null;
  notifiedAt: Date | null;
}

export interface PlannedUnitStay {
  person: number;
  unit: string;
  fromDate: string;
  toDate: string | null;
  endReason: 'flyttet' | null;
  /** The stay is the person's admission through their allocation. */
  viaAllocation: boolean;
  /** An open korttid stay's revurderingsdato. */
  reviewDate?: string;
}

export interface PlannedReport {
  unit: string;
  reportedAt: Date;
  staffedBeds: number;
  occupied: number;
  freeNow: number;
  reserved: number;
  closedReason: string | null;
  note: string | null;
  departures: { date: string; count: number; person: number | null }[];
}

export interface DemoPlan {
  institutions: DemoInstitution[];
  persons: PlannedPerson[];
  cases: PlannedCase[];
  hospitalStays: PlannedHospitalStay[];
  unitStays: PlannedUnitStay[];
  reports: PlannedReport[];
  bookings: PlannedBooking[];
  couples: PlannedCouple[];
}

/** Two persons (by index) with granted entries of the same kind who want to live together. */
export interface PlannedCouple { a: number; b: number; reason: string; createdOn: string }

/** A booked stay or series (avlastning) for a person by index. */
export interface PlannedBooking {
  person: number;
  unit: string;
  series: { stayDays: number; everyWeeks: number; firstFrom: string; lastDate: string } | null;
  stays: { from: string; to: string }[];
  note: string;
  /** The day it was booked (and the person registered). */
  createdOn: string;
}

/** Days from the decision to the guarantee date, per kind of place (the settings row). */
export interface GuaranteeDays { korttid: number; langtid: number; bofellesskap: number }
