/**
 * The whole domain of Plassplan. Rules that must hold whatever the code does live
 * here as foreign keys, check constraints and partial unique indexes.
 */
import { sql } from 'drizzle-orm';
import {
  bigserial, boolean, check, date, index, integer, jsonb, pgTable, primaryKey, serial, text,
  timestamp, uniqueIndex,
} from 'drizzle-orm/pg-core';

/** korttid, langtid or bofellesskap: the three kinds of place. */
export const PLACE_KINDS = ['korttid', 'langtid', 'bofellesskap'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];
export const INSTITUTION_TYPES = ['sykehjem', 'helsehus', 'bofellesskap'] as const;
export const ROLES = ['admin', 'koordinator', 'institusjonsleder', 'mote', 'kontorleder'] as const;
export type Role = (typeof ROLES)[number];
export const OUTCOMES = ['innvilget', 'avslag', 'ventelistevedtak'] as const;
/** statsforvalteren: 4 weeks to the county governor (health services); lokal: 3 weeks (bofellesskap). */
export const APPEAL_REGIMES = ['statsforvalteren', 'lokal'] as const;
/** Where an applicant is when the application comes in: at home, in hospital, or in a korttid place. */
export const APPLICANT_LOCATIONS = ['hjemme', 'sykehus', 'korttid'] as const;
export type ApplicantLocation = (typeof APPLICANT_LOCATIONS)[number];
export const WAIT_STATUSES = ['waiting', 'reserved', 'admitted', 'withdrawn', 'deceased'] as const;
export type WaitStatus = (typeof WAIT_STATUSES)[number];
export const ALLOCATION_STATUSES = ['proposed', 'reserved', 'admitted', 'cancelled', 'rejected'] as const;
export type AllocationStatus = (typeof ALLOCATION_STATUSES)[number];
export const HOSPITAL_STATUSES = ['innlagt', 'utskrivningsklar', 'utskrevet', 'avmeldt'] as const;

const inList = (column: string, values: readonly string[]) =>
  sql.raw(`${column} in (${values.map((v) => `'${v}'`).join(', ')})`);
const created = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

export const users = pgTable('users', {
  id: serial('id').primaryKey(),
  username: text('username').notNull().unique(),
  displayName: text('display_name').notNull(),
  passwordHash: text('password_hash').notNull(),
  role: text('role').$type<Role>().notNull(),
  active: boolean('active').notNull().default(true),
  createdAt: created(),
}, (t) => [check('users_role', inList('role', ROLES))]);

export const sessions = pgTable('sessions', {
  /** SHA-256 of the cookie token; the token itself is never stored. */
  id: text('id').primaryKey(),
  userId: integer('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  csrfToken: text('csrf_token').notNull(),
  createdAt: created(),
  lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('sessions_user').on(t.userId)]);

export const institutions = pgTable('institutions', {
  id: serial('id').primaryKey(),
  name: text('name').notNull().unique(),
  type: text('type').notNull(),
  district: text('district').notNull(),
}, () => [check('institutions_type', inList('type', INSTITUTION_TYPES))]);

export const units = pgTable('units', {
  id: serial('id').primaryKey(),
  /** Short stable code used in planning snapshots, e.g. BRE-K. */
  code: text('code').notNull().unique(),
  institutionId: integer('institution_id').notNull().references(() => institutions.id),
  name: text('name').notNull(),
  kind: text('kind').$type<PlaceKind>().notNull(),
  tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
  /** «Kun for»: tags of this unit a person must need to be placed here at all (a locked dementia unit: skjermet). */
  onlyFor: text('only_for').array().notNull().default(sql`'{}'::text[]`),
  physicalBeds: integer('physical_beds').notNull(),
  /** Beds with staff; an empty bed with no staff is not a free place. */
  staffedBeds: integer('staffed_beds').notNull(),
  active: boolean('active').notNull().default(true),
}, () => [
  check('units_kind', inList('kind', PLACE_KINDS)),
  check('units_beds', sql`physical_beds >= 0 and staffed_beds >= 0 and staffed_beds <= physical_beds`),
  check('units_only_for_in_tags', sql`only_for <@ tags`),
]);

/** Which units an institution leader may see and report for. */
export const userUnits = pgTable('user_units', {
  userId: integer('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  unitId: integer('unit_id').notNull().references(() => units.id),
}, (t) => [primaryKey({ columns: [t.userId, t.unitId] })]);

/** A leader's report of a unit's places; every report is kept as history. */
export const placeReports = pgTable('place_reports', {
  id: serial('id').primaryKey(),
  unitId: integer('unit_id').notNull().references(() => units.id),
  reportedBy: integer('reported_by').references(() => users.id),
  reportedAt: timestamp('reported_at', { withTimezone: true }).notNull().defaultNow(),
  staffedBeds: integer('staffed_beds').notNull(),
  occupied: integer('occupied').notNull(),
  /** Free, staffed and accepting admissions today. */
  freeNow: integer('free_now').notNull(),
  reserved: integer('reserved').notNull().default(0),
  closedToAdmissions: boolean('closed_to_admissions').notNull().default(false),
  closedReason: text('closed_reason'),
  note: text('note'),
}, (t) => [
  index('place_reports_unit_time').on(t.unitId, t.reportedAt),
  check('place_reports_counts', sql`staffed_beds >= 0 and occupied >= 0 and free_now >= 0 and reserved >= 0
    and free_now <= staffed_beds and reserved <= free_now`),
  check('place_reports_closed_reason', sql`not closed_to_admissions or closed_reason is not null`),
]);

export const persons = pgTable('persons', {
  id: serial('id').primaryKey(),
  name: text('name').notNull(),
  /** fødselsnummer or D-nummer, 11 digits; check digits are validated in code (db/fnr.ts). */
  fnr: text('fnr').notNull().unique(),
  district: text('district').notNull(),
  createdAt: created(),
}, () => [check('persons_fnr_digits', sql`fnr ~ '^[0-9]{11}$'`)]);

const placeKindCheck = (name: string, column: string) => check(name, inList(column, PLACE_KINDS));

/** An application and its vedtak (decision); the decision columns fill in when decided. */
export const applications = pgTable('applications', {
  id: serial('id').primaryKey(),
  personId: integer('person_id').notNull().references(() => persons.id),
  receivedDate: date('received_date').notNull(),
  kind: text('kind').$type<PlaceKind>().notNull(),
  requiredTags: text('required_tags').array().notNull().default(sql`'{}'::text[]`),
  outcome: text('outcome'),
  decisionDate: date('decision_date'),
  priority: integer('priority'),
  priorityReason: text('priority_reason'),
  guaranteeDate: date('guarantee_date'),
  /** Set when the guarantee date differs from the one computed from settings. */
  guaranteeOverrideReason: text('guarantee_override_reason'),
  reasoning: text('reasoning'),
  /** langtid or bofellesskap: the person may wait in a korttid place (korttidsopphold i påvente av langtidsplass). */
  interimAllowed: boolean('interim_allowed').notNull().default(false),
  /** Needs the interim korttid stay must meet (tags of a korttid unit). */
  interimTags: text('interim_tags').array().notNull().default(sql`'{}'::text[]`),
  appealRegime: text('appeal_regime').notNull(),
  decidedBy: integer('decided_by').references(() => users.id),
  /** The saksbehandler handling the case while it is pending (the coordinator who registered it, unless changed). */
  handledBy: integer('handled_by').references(() => users.id),
  /** Where the person was when the application came in (APPLICANT_LOCATIONS); null for imported and older rows. */
  applicantLocation: text('applicant_location'),
  /** foreløpig svar (forvaltningsloven § 11 a): the date it was sent and the decision date it promised; both or neither. */
  interimReplySentDate: date('interim_reply_sent_date'),
  interimReplyExpectedDate: date('interim_reply_expected_date'),
  createdAt: created(),
}, (t) => [
  index('applications_person').on(t.personId),
  index('applications_pending').on(t.receivedDate).where(sql`outcome is null`),
  /** Nøkkeltall: the vedtak of a period. */
  index('applications_decision').on(t.decisionDate),
  check('applications_location', sql`applicant_location is null or ${inList('applicant_location', APPLICANT_LOCATIONS)}`),
  check('applications_interim_reply', sql`(interim_reply_sent_date is null) = (interim_reply_expected_date is null)
    and (interim_reply_sent_date is null or (interim_reply_sent_date >= received_date and interim_reply_expected_date > interim_reply_sent_date))`),
  placeKindCheck('applications_kind', 'kind'),
  check('applications_outcome', sql`outcome is null or ${inList('outcome', OUTCOMES)}`),
  check('applications_priority', sql`priority is null or priority between 1 and 3`),
  check('applications_decided', sql`(outcome is null) = (decision_date is null)`),
  check('applications_granted_has_priority', sql`outcome is null or outcome = 'avslag' or priority is not null`),
  check('applications_appeal', inList('appeal_regime', APPEAL_REGIMES)),
  check('applications_dates', sql`decision_date is null or decision_date >= received_date`),
  check('applications_interim_kind', sql`not interim_allowed or kind in ('langtid', 'bofellesskap')`),
]);

/** A granted application's place in its queue. */
export const waitlistEntries = pgTable('waitlist_entries', {
  id: serial('id').primaryKey(),
  applicationId: integer('application_id').notNull().unique().references(() => applications.id),
  personId: integer('person_id').notNull().references(() => persons.id),
  kind: text('kind').$type<PlaceKind>().notNull(),
  status: text('status').$type<WaitStatus>().notNull().default('waiting'),
  statusReason: text('status_reason'),
  statusChangedAt: timestamp('status_changed_at', { withTimezone: true }).notNull().defaultNow(),
  /** No admission before this date (e.g. the person's own wish). */
  earliestDate: date('earliest_date'),
  createdAt: created(),
}, (t) => [
  index('waitlist_entries_kind_status').on(t.kind, t.status),
  placeKindCheck('waitlist_entries_kind', 'kind'),
  check('waitlist_entries_status', inList('status', WAIT_STATUSES)),
]);

/** Units a waiting person prefers or must not be placed in. */
export const waitlistUnitChoices = pgTable('waitlist_unit_choices', {
  entryId: integer('entry_id').notNull().references(() => waitlistEntries.id, { onDelete: 'cascade' }),
  unitId: integer('unit_id').notNull().references(() => units.id),
  choice: text('choice').$type<'preferred' | 'excluded'>().notNull(),
}, (t) => [
  primaryKey({ columns: [t.entryId, t.unitId] }),
  check('waitlist_unit_choices_choice', sql`choice in ('preferred', 'excluded')`),
]);

/**
 * Two waiting persons of the same kind who want to live together (samboergaranti, forskrift om
 * en verdig eldreomsorg § 3): the planner places them in the same unit on the same day, or
 * neither. A pair is stored once (entry_a < entry_b); an ended link keeps its row and reason.
 * An entry is in at most one active link, on either side: the partial unique indexes hold it on
 * each side, and a trigger (migration) across the two sides.
 */
export const partnerLinks = pgTable('partner_links', {
  id: serial('id').primaryKey(),
  entryA: integer('entry_a').notNull().references(() => waitlistEntries.id),
  entryB: integer('entry_b').notNull().references(() => waitlistEntries.id),
  reason: text('reason').notNull(),
  createdBy: integer('created_by').references(() => users.id),
  createdAt: created(),
  endedAt: timestamp('ended_at', { withTimezone: true }),
  endedBy: integer('ended_by').references(() => users.id),
  endReason: text('end_reason'),
}, (t) => [
  uniqueIndex('partner_links_one_active_a').on(t.entryA).where(sql`ended_at is null`),
  uniqueIndex('partner_links_one_active_b').on(t.entryB).where(sql`ended_at is null`),
  check('partner_links_ordered', sql`entry_a < entry_b`),
  check('partner_links_ended', sql`(ended_at is null) = (end_reason is null)`),
]);

/** A hospital admission as the hospital reports it (melding om innlagt / utskrivningsklar pasient). */
export const hospitalStays = pgTable('hospital_stays', {
  id: serial('id').primaryKey(),
  personId: integer('person_id').notNull().references(() => persons.id),
  admittedDate: date('admitted_date').notNull(),
  /** From this day the municipality pays overliggerdøgn while the person waits. */
  dischargeReadyDate: date('discharge_ready_date'),
  notifiedAt: timestamp('notified_at', { withTimezone: true }),
  status: text('status').notNull().default('innlagt'),
  endedDate: date('ended_date'),
  endedReason: text('ended_reason'),
}, (t) => [
  uniqueIndex('hospital_stays_one_open').on(t.personId).where(sql`ended_date is null`),
  /** Nøkkeltall: a person's stays on a day, and the patients declared ready in a period. */
  index('hospital_stays_person').on(t.personId, t.admittedDate),
  index('hospital_stays_ready').on(t.dischargeReadyDate).where(sql`discharge_ready_date is not null`),
  check('hospital_stays_status', inList('status', HOSPITAL_STATUSES)),
  check('hospital_stays_dates', sql`(discharge_ready_date is null or discharge_ready_date >= admitted_date)
    and (ended_date is null or ended_date >= admitted_date)`),
]);

export const planningRuns = pgTable('planning_runs', {
  id: serial('id').primaryKey(),
  createdBy: integer('created_by').references(() => users.id),
  createdAt: created(),
  /** The exchange-format snapshot (plassplan.snapshot/1) the run saw. */
  snapshot: jsonb('snapshot').notNull(),
  /** The exchange-format plan (plassplan.plan/1); null while running or after an error. */
  plan: jsonb('plan'),
  status: text('status').notNull(),
  /** What the coordinator should know about the inputs, e.g. units whose figures come from a stale report. */
  warnings: jsonb('warnings').notNull().default(sql`'[]'::jsonb`),
  /** The office's planning policy (weighting) the run used, e.g. 'balansert'; null for runs stored before policies. */
  policy: text('policy'),
  engine: text('engine'),
  millis: integer('millis'),
  error: text('error'),
}, () => [check('planning_runs_status', sql`status in ('running', 'optimal', 'feasible', 'timedout', 'infeasible', 'error')`)]);

/** A tildelingsmøte (weekly allocation meeting) and its stored minutes. */
export const meetings = pgTable('meetings', {
  id: serial('id').primaryKey(),
  weekStart: date('week_start').notNull(),
  heldAt: timestamp('held_at', { withTimezone: true }).notNull().defaultNow(),
  participants: text('participants').array().notNull().default(sql`'{}'::text[]`),
  planningRunId: integer('planning_run_id').references(() => planningRuns.id),
  /** Frozen minutes, exactly as issued. */
  minutesHtml: text('minutes_html'),
  minutesIssuedAt: timestamp('minutes_issued_at', { withTimezone: true }),
  createdBy: integer('created_by').references(() => users.id),
});

export const allocations = pgTable('allocations', {
  id: serial('id').primaryKey(),
  entryId: integer('entry_id').notNull().references(() => waitlistEntries.id),
  unitId: integer('unit_id').notNull().references(() => units.id),
  date: date('date').notNull(),
  status: text('status').$type<AllocationStatus>().notNull(),
  planningRunId: integer('planning_run_id').references(() => planningRuns.id),
  meetingId: integer('meeting_id').references(() => meetings.id),
  /** The planner's why, or the coordinator's reason for an override or rejection. */
  reason: text('reason'),
  decidedBy: integer('decided_by').references(() => users.id),
  decidedAt: timestamp('decided_at', { withTimezone: true }),
  /**
   * A korttid stay while the person waits for the entry's own place (korttidsopphold i påvente
   * av langtidsplass): it holds a korttid bed, but the entry keeps waiting.
   */
  interim: boolean('interim').notNull().default(false),
  createdAt: created(),
}, (t) => [
  check('allocations_status', inList('status', ALLOCATION_STATUSES)),
  // One person holds at most one reserved or admitted place from an entry, and at most one interim stay besides.
  uniqueIndex('allocations_one_active_per_entry').on(t.entryId).where(sql`status in ('reserved', 'admitted') and not interim`),
  uniqueIndex('allocations_one_active_interim_per_entry').on(t.entryId).where(sql`status in ('reserved', 'admitted') and interim`),
  index('allocations_unit_status').on(t.unitId, t.status),
]);

/** A stay in a unit: korttid while waiting, or the granted place itself. */
export const unitStays = pgTable('unit_stays', {
  id: serial('id').primaryKey(),
  personId: integer('person_id').notNull().references(() => persons.id),
  unitId: integer('unit_id').notNull().references(() => units.id),
  allocationId: integer('allocation_id').references(() => allocations.id),
  fromDate: date('from_date').notNull(),
  toDate: date('to_date'),
  /** When the departure was registered: a bed freed after the unit's latest report is free now. */
  endedAt: timestamp('ended_at', { withTimezone: true }),
  endReason: text('end_reason'),
  /** revurderingsdato: the planned end or review of a korttid stay (set at admission or later). */
  reviewDate: date('review_date'),
}, (t) => [
  uniqueIndex('unit_stays_one_open').on(t.personId).where(sql`to_date is null`),
  index('unit_stays_unit').on(t.unitId),
  /** Nøkkeltall: where a person was on a day, and the stay that followed a hospital stay. */
  index('unit_stays_person_from').on(t.personId, t.fromDate),
  check('unit_stays_dates', sql`to_date is null or to_date >= from_date`),
  check('unit_stays_end_reason', sql`end_reason is null or end_reason in ('hjem', 'dod', 'flyttet', 'annet')`),
  check('unit_stays_review_date', sql`review_date is null or review_date >= from_date`),
]);

/** The office's own reassessment of an appeal (fvl. § 33): it keeps the vedtak and sends it on, or changes it itself. */
export const REASSESSMENT_RESULTS = ['opprettholdt', 'omgjort'] as const;
/** What Statsforvalteren (or the local klagenemnd) decided: upheld, annulled (back for a new vedtak) or changed. */
export const APPEAL_OUTCOMES = ['stadfestet', 'opphevet', 'omgjort'] as const;

/**
 * A klage against one vedtak. The steps fill in order: received → the office's
 * reassessment → sent to the appeal body (only when kept) → its outcome. The deadline
 * (klagefrist) is computed from the vedtak, never stored (db/queries/appeal-rules.ts).
 */
export const appeals = pgTable('appeals', {
  id: serial('id').primaryKey(),
  applicationId: integer('application_id').notNull().references(() => applications.id).unique(),
  personId: integer('person_id').notNull().references(() => persons.id),
  receivedDate: date('received_date').notNull(),
  /** When the party got the vedtak (fvl. § 29); null: counted from the decision date. */
  vedtakReceivedDate: date('vedtak_received_date'),
  reassessedDate: date('reassessed_date'),
  reassessmentResult: text('reassessment_result'),
  sentDate: date('sent_date'),
  outcome: text('outcome'),
  outcomeDate: date('outcome_date'),
  createdBy: integer('created_by').references(() => users.id),
  createdAt: created(),
}, (t) => [
  index('appeals_person').on(t.personId),
  check('appeals_reassessment', sql`(reassessed_date is null) = (reassessment_result is null)
    and (reassessment_result is null or ${inList('reassessment_result', REASSESSMENT_RESULTS)})`),
  check('appeals_sent_after_kept', sql`sent_date is null or (reassessment_result = 'opprettholdt' and sent_date >= reassessed_date)`),
  check('appeals_outcome', sql`(outcome is null) = (outcome_date is null)
    and (outcome is null or (${inList('outcome', APPEAL_OUTCOMES)} and sent_date is not null and outcome_date >= sent_date))`),
  check('appeals_dates', sql`(vedtak_received_date is null or vedtak_received_date <= received_date)
    and (reassessed_date is null or reassessed_date >= received_date)`),
]);

export const BOOKING_STATUSES = ['booked', 'cancelled'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];

/**
 * An avlastning (respite) series on a korttid unit: `stayDays` days every `everyWeeks`
 * weeks from `firstFrom`, each stay ending no later than `lastDate`. Its stays are rows of
 * `bookings`; the series keeps what was asked for, the stays what holds places.
 */
export const bookingSeries = pgTable('booking_series', {
  id: serial('id').primaryKey(),
  personId: integer('person_id').notNull().references(() => persons.id),
  unitId: integer('unit_id').notNull().references(() => units.id),
  stayDays: integer('stay_days').notNull(),
  everyWeeks: integer('every_weeks').notNull(),
  firstFrom: date('first_from').notNull(),
  lastDate: date('last_date').notNull(),
  note: text('note'),
  createdBy: integer('created_by').references(() => users.id),
  createdAt: created(),
}, () => [
  check('booking_series_shape', sql`stay_days > 0 and every_weeks > 0 and stay_days <= every_weeks * 7 and last_date > first_from`),
]);

/**
 * A planned stay (avlastning or an agreed stay) that holds one place in the unit on days
 * from_date ≤ t < to_date and gives it back on to_date; in the ledger and the snapshot's
 * `bookings`. A cancelled stay keeps its row and reason.
 */
export const bookings = pgTable('bookings', {
  id: serial('id').primaryKey(),
  personId: integer('person_id').notNull().references(() => persons.id),
  unitId: integer('unit_id').notNull().references(() => units.id),
  seriesId: integer('series_id').references(() => bookingSeries.id),
  fromDate: date('from_date').notNull(),
  toDate: date('to_date').notNull(),
  status: text('status').$type<BookingStatus>().notNull().default('booked'),
  note: text('note'),
  cancelReason: text('cancel_reason'),
  createdBy: integer('created_by').references(() => users.id),
  createdAt: created(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  index('bookings_unit_status').on(t.unitId, t.status),
  index('bookings_series').on(t.seriesId),
  check('bookings_dates', sql`to_date > from_date`),
  check('bookings_status', inList('status', BOOKING_STATUSES)),
  check('bookings_cancel_reason', sql`status <> 'cancelled' or cancel_reason is not null`),
]);

/** Planned departures a leader reported with a place report. */
export const expectedDepartures = pgTable('expected_departures', {
  id: serial('id').primaryKey(),
  reportId: integer('report_id').notNull().references(() => placeReports.id, { onDelete: 'cascade' }),
  date: date('date').notNull(),
  count: integer('count').notNull(),
  personId: integer('person_id').references(() => persons.id),
}, () => [check('expected_departures_count', sql`count > 0`)]);

/** Append-only: a trigger in the migrations refuses UPDATE and DELETE. */
export const auditLog = pgTable('audit_log', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  userId: integer('user_id').references(() => users.id),
  /** e.g. 'person.view', 'application.create', 'allocation.reserve'. */
  action: text('action').notNull(),
  entity: text('entity').notNull(),
  entityId: text('entity_id'),
  /** The person whose data was changed or opened, for "who has looked at me". */
  personId: integer('person_id').references(() => persons.id),
  before: jsonb('before'),
  after: jsonb('after'),
}, (t) => [index('audit_log_person').on(t.personId), index('audit_log_at').on(t.at)]);

/** One row (id = 1) of the office's settings. */
export const settings = pgTable('settings', {
  id: integer('id').primaryKey().default(1),
  guaranteeDaysKorttid: integer('guarantee_days_korttid').notNull().default(14),
  guaranteeDaysLangtid: integer('guarantee_days_langtid').notNull().default(61),
  guaranteeDaysBofellesskap: integer('guarantee_days_bofellesskap').notNull().default(90),
  /** The named weighting the planner uses (db/queries/planning-policy.ts); 'egendefinert' uses the weights below. */
  planningPolicy: text('planning_policy').notNull().default('balansert'),
  /** Custom weights (used only by the policy 'egendefinert'); not kroner, except overliggerdøgn (overligger_rates). */
  guaranteeBreachNok: integer('guarantee_breach_nok').notNull().default(10000),
  guaranteeLateDayNok: integer('guarantee_late_day_nok').notNull().default(3000),
  waitingDayNokP1: integer('waiting_day_nok_p1').notNull().default(1500),
  waitingDayNokP2: integer('waiting_day_nok_p2').notNull().default(500),
  waitingDayNokP3: integer('waiting_day_nok_p3').notNull().default(100),
  nonPreferredNok: integer('non_preferred_nok').notNull().default(300),
  turnaroundDays: integer('turnaround_days').notNull().default(1),
  horizonDays: integer('horizon_days').notNull().default(28),
  /** Custom policy: a person not placed within the horizon counts as placed this many days after it. */
  tailDays: integer('tail_days').notNull().default(14),
  targetCaseDaysKorttid: integer('target_case_days_korttid').notNull().default(14),
  targetCaseDaysLangtid: integer('target_case_days_langtid').notNull().default(30),
  targetCaseDaysBofellesskap: integer('target_case_days_bofellesskap').notNull().default(30),
  /** Oppgaver: a saksbehandlingstid target this many days ahead (or fewer) is listed as soon. */
  caseTargetWarnDays: integer('case_target_warn_days').notNull().default(3),
  /** Oppgaver: a foreløpig svar due this many days ahead (or fewer) is listed as soon. */
  interimReplyWarnDays: integer('interim_reply_warn_days').notNull().default(7),
  targetGuaranteeBreachPct: integer('target_guarantee_breach_pct').notNull().default(5),
  /** Inhabitants of the municipality: Nøkkeltall's overliggerdøgn per 1,000 inhabitants. */
  inhabitants: integer('inhabitants').notNull().default(90000),
  /** A unit not reported today by this hour (Europe/Oslo, weekdays) is stale. */
  reportStaleHour: integer('report_stale_hour').notNull().default(10),
  sessionIdleMinutes: integer('session_idle_minutes').notNull().default(30),
  /** Korttid days in a calendar year from which the person page and Oppgaver warn. */
  korttidWarnDays: integer('korttid_warn_days').notNull().default(50),
  /** Korttid days in a calendar year beyond which the stay is billed as langtid (egenandelsforskriften). */
  korttidLimitDays: integer('korttid_limit_days').notNull().default(60),
  /** A korttid review date this many days ahead or nearer is listed in Oppgaver. */
  korttidReviewSoonDays: integer('korttid_review_soon_days').notNull().default(7),
  /** At admission to a korttid unit the stay's review date is set this many days ahead (changeable on the person page). */
  korttidReviewAfterDays: integer('korttid_review_after_days').notNull().default(14),
  /** Days from an appeal's receipt until it must be sent on (moved past weekends and holidays, fvl. § 30). */
  appealForwardDays: integer('appeal_forward_days').notNull().default(30),
  /** Oppgaver: a langtid or bofellesskap guarantee date this many days ahead (or passed) with no place reserved is listed. */
  taskGuaranteeWarnDays: integer('task_guarantee_warn_days').notNull().default(14),
  /** The same for korttid, whose whole guarantee is often 14 days. */
  taskGuaranteeWarnDaysKorttid: integer('task_guarantee_warn_days_korttid').notNull().default(3),
  /** Oppgaver (correction): a hospital stay open longer than this many days. */
  taskHospitalOpenDays: integer('task_hospital_open_days').notNull().default(60),
  /** Oppgaver (correction): a waiting-list entry older than this many months with no reassessment. */
  taskReassessMonths: integer('task_reassess_months').notNull().default(12),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
}, () => [
  check('settings_single_row', sql`id = 1`),
  check('settings_non_negative', sql`guarantee_days_korttid >= 0 and guarantee_days_langtid >= 0
    and guarantee_days_bofellesskap >= 0 and guarantee_breach_nok >= 0 and guarantee_late_day_nok >= 0
    and waiting_day_nok_p1 >= 0 and waiting_day_nok_p2 >= 0 and waiting_day_nok_p3 >= 0
    and non_preferred_nok >= 0 and turnaround_days >= 0 and horizon_days between 1 and 366
    and report_stale_hour between 0 and 23 and session_idle_minutes > 0 and tail_days between 0 and 366`),
  check('settings_case_clock', sql`target_case_days_korttid >= 0 and target_case_days_langtid >= 0 and target_case_days_bofellesskap >= 0
    and case_target_warn_days between 0 and 60 and interim_reply_warn_days between 0 and 60`),
  check('settings_korttid_limits', sql`korttid_warn_days between 1 and 366 and korttid_limit_days between 1 and 366
    and korttid_warn_days <= korttid_limit_days and korttid_review_soon_days between 0 and 90 and appeal_forward_days between 1 and 365
    and korttid_review_after_days between 1 and 366`),
  check('settings_inhabitants', sql`inhabitants between 1 and 10000000`),
  check('settings_task_thresholds', sql`task_guarantee_warn_days between 0 and 365 and task_guarantee_warn_days_korttid between 0 and 365 and task_hospital_open_days between 1 and 3650
    and task_reassess_months between 1 and 120`),
  check('settings_planning_policy', sql`planning_policy in ('behov-forst', 'balansert', 'lavest-kostnad', 'egendefinert')`),
]);

/**
 * An Oppgaver item the coordinator dismissed, with why. Keyed by the item's stable key
 * (Task.key): a new cause has a new key and is listed again. Deleting a row (undo) is audited.
 */
export const taskDismissals = pgTable('task_dismissals', {
  key: text('key').primaryKey(),
  reason: text('reason').notNull(),
  dismissedBy: integer('dismissed_by').references(() => users.id),
  dismissedAt: timestamp('dismissed_at', { withTimezone: true }).notNull().defaultNow(),
}, () => [check('task_dismissals_reason', sql`length(trim(reason)) > 0`)]);

/** The national overliggerdøgn rate per calendar year, NOK per day. */
export const overliggerRates = pgTable('overligger_rates', {
  year: integer('year').primaryKey(),
  nokPerDay: integer('nok_per_day').notNull(),
}, () => [check('overligger_rates_positive', sql`nok_per_day > 0`)]);
