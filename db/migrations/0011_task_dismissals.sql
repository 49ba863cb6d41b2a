CREATE TABLE "task_dismissals" (
	"key" text PRIMARY KEY NOT NULL,
	"reason" text NOT NULL,
	"dismissed_by" integer,
	"dismissed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "task_dismissals_reason" CHECK (length(trim(reason)) > 0)
);
--> statement-breakpoint
ALTER TABLE "settings" ADD COLUMN "task_guarantee_warn_days" integer DEFAULT 14 NOT NULL;--> statement-breakpoint
ALTER TABLE "settings" ADD COLUMN "task_guarantee_warn_days_korttid" integer DEFAULT 3 NOT NULL;--> statement-breakpoint
ALTER TABLE "settings" ADD COLUMN "task_hospital_open_days" integer DEFAULT 60 NOT NULL;--> statement-breakpoint
ALTER TABLE "settings" ADD COLUMN "task_reassess_months" integer DEFAULT 12 NOT NULL;--> statement-breakpoint
ALTER TABLE "task_dismissals" ADD CONSTRAINT "task_dismissals_dismissed_by_users_id_fk" FOREIGN KEY ("dismissed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "settings" ADD CONSTRAINT "settings_task_thresholds" CHECK (task_guarantee_warn_days between 0 and 365 and task_guarantee_warn_days_korttid between 0 and 365 and task_hospital_open_days between 1 and 3650
    and task_reassess_months between 1 and 120);