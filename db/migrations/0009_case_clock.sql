ALTER TABLE "applications" ADD COLUMN "handled_by" integer;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "applicant_location" text;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "interim_reply_sent_date" date;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "interim_reply_expected_date" date;--> statement-breakpoint
ALTER TABLE "settings" ADD COLUMN "target_case_days_bofellesskap" integer DEFAULT 30 NOT NULL;--> statement-breakpoint
ALTER TABLE "settings" ADD COLUMN "case_target_warn_days" integer DEFAULT 3 NOT NULL;--> statement-breakpoint
ALTER TABLE "settings" ADD COLUMN "interim_reply_warn_days" integer DEFAULT 7 NOT NULL;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_handled_by_users_id_fk" FOREIGN KEY ("handled_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "applications_pending" ON "applications" USING btree ("received_date") WHERE outcome is null;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_location" CHECK (applicant_location is null or applicant_location in ('hjemme', 'sykehus', 'korttid'));--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_interim_reply" CHECK ((interim_reply_sent_date is null) = (interim_reply_expected_date is null)
    and (interim_reply_sent_date is null or (interim_reply_sent_date >= received_date and interim_reply_expected_date > interim_reply_sent_date)));--> statement-breakpoint
ALTER TABLE "settings" ADD CONSTRAINT "settings_case_clock" CHECK (target_case_days_korttid >= 0 and target_case_days_langtid >= 0 and target_case_days_bofellesskap >= 0
    and case_target_warn_days between 0 and 60 and interim_reply_warn_days between 0 and 60);