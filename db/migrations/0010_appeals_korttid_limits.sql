CREATE TABLE "appeals" (
	"id" serial PRIMARY KEY NOT NULL,
	"application_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"received_date" date NOT NULL,
	"vedtak_received_date" date,
	"reassessed_date" date,
	"reassessment_result" text,
	"sent_date" date,
	"outcome" text,
	"outcome_date" date,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "appeals_application_id_unique" UNIQUE("application_id"),
	CONSTRAINT "appeals_reassessment" CHECK ((reassessed_date is null) = (reassessment_result is null)
    and (reassessment_result is null or reassessment_result in ('opprettholdt', 'omgjort'))),
	CONSTRAINT "appeals_sent_after_kept" CHECK (sent_date is null or (reassessment_result = 'opprettholdt' and sent_date >= reassessed_date)),
	CONSTRAINT "appeals_outcome" CHECK ((outcome is null) = (outcome_date is null)
    and (outcome is null or (outcome in ('stadfestet', 'opphevet', 'omgjort') and sent_date is not null and outcome_date >= sent_date))),
	CONSTRAINT "appeals_dates" CHECK ((vedtak_received_date is null or vedtak_received_date <= received_date)
    and (reassessed_date is null or reassessed_date >= received_date))
);
--> statement-breakpoint
ALTER TABLE "settings" ADD COLUMN "korttid_warn_days" integer DEFAULT 50 NOT NULL;--> statement-breakpoint
ALTER TABLE "settings" ADD COLUMN "korttid_limit_days" integer DEFAULT 60 NOT NULL;--> statement-breakpoint
ALTER TABLE "settings" ADD COLUMN "korttid_review_soon_days" integer DEFAULT 7 NOT NULL;--> statement-breakpoint
ALTER TABLE "settings" ADD COLUMN "appeal_forward_days" integer DEFAULT 30 NOT NULL;--> statement-breakpoint
ALTER TABLE "unit_stays" ADD COLUMN "review_date" date;--> statement-breakpoint
ALTER TABLE "appeals" ADD CONSTRAINT "appeals_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeals" ADD CONSTRAINT "appeals_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeals" ADD CONSTRAINT "appeals_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "appeals_person" ON "appeals" USING btree ("person_id");--> statement-breakpoint
ALTER TABLE "settings" ADD CONSTRAINT "settings_korttid_limits" CHECK (korttid_warn_days between 1 and 366 and korttid_limit_days between 1 and 366
    and korttid_warn_days <= korttid_limit_days and korttid_review_soon_days between 0 and 90 and appeal_forward_days between 1 and 365);--> statement-breakpoint
ALTER TABLE "unit_stays" ADD CONSTRAINT "unit_stays_review_date" CHECK (review_date is null or review_date >= from_date);