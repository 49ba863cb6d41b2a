CREATE TABLE "allocations" (
	"id" serial PRIMARY KEY NOT NULL,
	"entry_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"date" date NOT NULL,
	"status" text NOT NULL,
	"planning_run_id" integer,
	"meeting_id" integer,
	"reason" text,
	"decided_by" integer,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "allocations_status" CHECK (status in ('proposed', 'reserved', 'admitted', 'cancelled', 'rejected'))
);
--> statement-breakpoint
CREATE TABLE "applications" (
	"id" serial PRIMARY KEY NOT NULL,
	"person_id" integer NOT NULL,
	"received_date" date NOT NULL,
	"kind" text NOT NULL,
	"required_tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"outcome" text,
	"decision_date" date,
	"priority" integer,
	"priority_reason" text,
	"guarantee_date" date,
	"guarantee_override_reason" text,
	"reasoning" text,
	"appeal_regime" text NOT NULL,
	"decided_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "applications_kind" CHECK (kind in ('korttid', 'langtid', 'bofellesskap')),
	CONSTRAINT "applications_outcome" CHECK (outcome is null or outcome in ('innvilget', 'avslag', 'ventelistevedtak')),
	CONSTRAINT "applications_priority" CHECK (priority is null or priority between 1 and 3),
	CONSTRAINT "applications_decided" CHECK ((outcome is null) = (decision_date is null)),
	CONSTRAINT "applications_granted_has_priority" CHECK (outcome is null or outcome = 'avslag' or priority is not null),
	CONSTRAINT "applications_appeal" CHECK (appeal_regime in ('statsforvalteren', 'lokal')),
	CONSTRAINT "applications_dates" CHECK (decision_date is null or decision_date >= received_date)
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"user_id" integer,
	"action" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text,
	"person_id" integer,
	"before" jsonb,
	"after" jsonb
);
--> statement-breakpoint
CREATE TABLE "expected_departures" (
	"id" serial PRIMARY KEY NOT NULL,
	"report_id" integer NOT NULL,
	"date" date NOT NULL,
	"count" integer NOT NULL,
	"person_id" integer,
	CONSTRAINT "expected_departures_count" CHECK (count > 0)
);
--> statement-breakpoint
CREATE TABLE "hospital_stays" (
	"id" serial PRIMARY KEY NOT NULL,
	"person_id" integer NOT NULL,
	"admitted_date" date NOT NULL,
	"discharge_ready_date" date,
	"notified_at" timestamp with time zone,
	"status" text DEFAULT 'innlagt' NOT NULL,
	"ended_date" date,
	"ended_reason" text,
	CONSTRAINT "hospital_stays_status" CHECK (status in ('innlagt', 'utskrivningsklar', 'utskrevet', 'avmeldt')),
	CONSTRAINT "hospital_stays_dates" CHECK ((discharge_ready_date is null or discharge_ready_date >= admitted_date)
    and (ended_date is null or ended_date >= admitted_date))
);
--> statement-breakpoint
CREATE TABLE "institutions" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"type" text NOT NULL,
	"district" text NOT NULL,
	CONSTRAINT "institutions_name_unique" UNIQUE("name"),
	CONSTRAINT "institutions_type" CHECK (type in ('sykehjem', 'helsehus', 'bofellesskap'))
);
--> statement-breakpoint
CREATE TABLE "meetings" (
	"id" serial PRIMARY KEY NOT NULL,
	"week_start" date NOT NULL,
	"held_at" timestamp with time zone DEFAULT now() NOT NULL,
	"participants" text[] DEFAULT '{}'::text[] NOT NULL,
	"planning_run_id" integer,
	"minutes_html" text,
	"minutes_issued_at" timestamp with time zone,
	"created_by" integer
);
--> statement-breakpoint
CREATE TABLE "overligger_rates" (
	"year" integer PRIMARY KEY NOT NULL,
	"nok_per_day" integer NOT NULL,
	CONSTRAINT "overligger_rates_positive" CHECK (nok_per_day > 0)
);
--> statement-breakpoint
CREATE TABLE "persons" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"fnr" text NOT NULL,
	"district" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "persons_fnr_unique" UNIQUE("fnr"),
	CONSTRAINT "persons_fnr_digits" CHECK (fnr ~ '^[0-9]{11}$')
);
--> statement-breakpoint
CREATE TABLE "place_reports" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"reported_by" integer,
	"reported_at" timestamp with time zone DEFAULT now() NOT NULL,
	"staffed_beds" integer NOT NULL,
	"occupied" integer NOT NULL,
	"free_now" integer NOT NULL,
	"reserved" integer DEFAULT 0 NOT NULL,
	"closed_to_admissions" boolean DEFAULT false NOT NULL,
	"closed_reason" text,
	"note" text,
	CONSTRAINT "place_reports_counts" CHECK (staffed_beds >= 0 and occupied >= 0 and free_now >= 0 and reserved >= 0
    and free_now <= staffed_beds and reserved <= free_now),
	CONSTRAINT "place_reports_closed_reason" CHECK (not closed_to_admissions or closed_reason is not null)
);
--> statement-breakpoint
CREATE TABLE "planning_runs" (
	"id" serial PRIMARY KEY NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"snapshot" jsonb NOT NULL,
	"plan" jsonb,
	"status" text NOT NULL,
	"engine" text,
	"millis" integer,
	"error" text,
	CONSTRAINT "planning_runs_status" CHECK (status in ('running', 'optimal', 'feasible', 'timedout', 'infeasible', 'error'))
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"csrf_token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "settings" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"guarantee_days_korttid" integer DEFAULT 14 NOT NULL,
	"guarantee_days_langtid" integer DEFAULT 61 NOT NULL,
	"guarantee_days_bofellesskap" integer DEFAULT 90 NOT NULL,
	"guarantee_breach_nok" integer DEFAULT 50000 NOT NULL,
	"guarantee_late_day_nok" integer DEFAULT 2000 NOT NULL,
	"waiting_day_nok_p1" integer DEFAULT 1500 NOT NULL,
	"waiting_day_nok_p2" integer DEFAULT 500 NOT NULL,
	"waiting_day_nok_p3" integer DEFAULT 100 NOT NULL,
	"non_preferred_nok" integer DEFAULT 300 NOT NULL,
	"turnaround_days" integer DEFAULT 1 NOT NULL,
	"horizon_days" integer DEFAULT 28 NOT NULL,
	"target_case_days_korttid" integer DEFAULT 14 NOT NULL,
	"target_case_days_langtid" integer DEFAULT 30 NOT NULL,
	"target_guarantee_breach_pct" integer DEFAULT 5 NOT NULL,
	"report_stale_hour" integer DEFAULT 10 NOT NULL,
	"session_idle_minutes" integer DEFAULT 30 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "settings_single_row" CHECK (id = 1),
	CONSTRAINT "settings_non_negative" CHECK (guarantee_days_korttid >= 0 and guarantee_days_langtid >= 0
    and guarantee_days_bofellesskap >= 0 and guarantee_breach_nok >= 0 and guarantee_late_day_nok >= 0
    and waiting_day_nok_p1 >= 0 and waiting_day_nok_p2 >= 0 and waiting_day_nok_p3 >= 0
    and non_preferred_nok >= 0 and turnaround_days >= 0 and horizon_days between 1 and 366
    and report_stale_hour between 0 and 23 and session_idle_minutes > 0)
);
--> statement-breakpoint
CREATE TABLE "unit_stays" (
	"id" serial PRIMARY KEY NOT NULL,
	"person_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"allocation_id" integer,
	"from_date" date NOT NULL,
	"to_date" date,
	"end_reason" text,
	CONSTRAINT "unit_stays_dates" CHECK (to_date is null or to_date >= from_date),
	CONSTRAINT "unit_stays_end_reason" CHECK (end_reason is null or end_reason in ('hjem', 'dod', 'flyttet', 'annet'))
);
--> statement-breakpoint
CREATE TABLE "units" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"institution_id" integer NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"physical_beds" integer NOT NULL,
	"staffed_beds" integer NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	CONSTRAINT "units_code_unique" UNIQUE("code"),
	CONSTRAINT "units_kind" CHECK (kind in ('korttid', 'langtid', 'bofellesskap')),
	CONSTRAINT "units_beds" CHECK (physical_beds >= 0 and staffed_beds >= 0 and staffed_beds <= physical_beds)
);
--> statement-breakpoint
CREATE TABLE "user_units" (
	"user_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	CONSTRAINT "user_units_user_id_unit_id_pk" PRIMARY KEY("user_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" serial PRIMARY KEY NOT NULL,
	"username" text NOT NULL,
	"display_name" text NOT NULL,
	"password_hash" text NOT NULL,
	"role" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_username_unique" UNIQUE("username"),
	CONSTRAINT "users_role" CHECK (role in ('admin', 'koordinator', 'institusjonsleder', 'mote'))
);
--> statement-breakpoint
CREATE TABLE "waitlist_entries" (
	"id" serial PRIMARY KEY NOT NULL,
	"application_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'waiting' NOT NULL,
	"status_reason" text,
	"status_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"earliest_date" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "waitlist_entries_application_id_unique" UNIQUE("application_id"),
	CONSTRAINT "waitlist_entries_kind" CHECK (kind in ('korttid', 'langtid', 'bofellesskap')),
	CONSTRAINT "waitlist_entries_status" CHECK (status in ('waiting', 'reserved', 'admitted', 'withdrawn', 'deceased'))
);
--> statement-breakpoint
CREATE TABLE "waitlist_unit_choices" (
	"entry_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"choice" text NOT NULL,
	CONSTRAINT "waitlist_unit_choices_entry_id_unit_id_pk" PRIMARY KEY("entry_id","unit_id"),
	CONSTRAINT "waitlist_unit_choices_choice" CHECK (choice in ('preferred', 'excluded'))
);
--> statement-breakpoint
ALTER TABLE "allocations" ADD CONSTRAINT "allocations_entry_id_waitlist_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."waitlist_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocations" ADD CONSTRAINT "allocations_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocations" ADD CONSTRAINT "allocations_planning_run_id_planning_runs_id_fk" FOREIGN KEY ("planning_run_id") REFERENCES "public"."planning_runs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocations" ADD CONSTRAINT "allocations_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocations" ADD CONSTRAINT "allocations_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expected_departures" ADD CONSTRAINT "expected_departures_report_id_place_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."place_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expected_departures" ADD CONSTRAINT "expected_departures_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hospital_stays" ADD CONSTRAINT "hospital_stays_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_planning_run_id_planning_runs_id_fk" FOREIGN KEY ("planning_run_id") REFERENCES "public"."planning_runs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "place_reports" ADD CONSTRAINT "place_reports_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "place_reports" ADD CONSTRAINT "place_reports_reported_by_users_id_fk" FOREIGN KEY ("reported_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planning_runs" ADD CONSTRAINT "planning_runs_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_stays" ADD CONSTRAINT "unit_stays_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_stays" ADD CONSTRAINT "unit_stays_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_stays" ADD CONSTRAINT "unit_stays_allocation_id_allocations_id_fk" FOREIGN KEY ("allocation_id") REFERENCES "public"."allocations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "units" ADD CONSTRAINT "units_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_units" ADD CONSTRAINT "user_units_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_units" ADD CONSTRAINT "user_units_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waitlist_entries" ADD CONSTRAINT "waitlist_entries_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waitlist_entries" ADD CONSTRAINT "waitlist_entries_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waitlist_unit_choices" ADD CONSTRAINT "waitlist_unit_choices_entry_id_waitlist_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."waitlist_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waitlist_unit_choices" ADD CONSTRAINT "waitlist_unit_choices_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "allocations_one_active_per_entry" ON "allocations" USING btree ("entry_id") WHERE status in ('reserved', 'admitted');--> statement-breakpoint
CREATE INDEX "allocations_unit_status" ON "allocations" USING btree ("unit_id","status");--> statement-breakpoint
CREATE INDEX "applications_person" ON "applications" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "audit_log_person" ON "audit_log" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "audit_log_at" ON "audit_log" USING btree ("at");--> statement-breakpoint
CREATE UNIQUE INDEX "hospital_stays_one_open" ON "hospital_stays" USING btree ("person_id") WHERE ended_date is null;--> statement-breakpoint
CREATE INDEX "place_reports_unit_time" ON "place_reports" USING btree ("unit_id","reported_at");--> statement-breakpoint
CREATE INDEX "sessions_user" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "unit_stays_one_open" ON "unit_stays" USING btree ("person_id") WHERE to_date is null;--> statement-breakpoint
CREATE INDEX "unit_stays_unit" ON "unit_stays" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "waitlist_entries_kind_status" ON "waitlist_entries" USING btree ("kind","status");