ALTER TABLE "settings" DROP CONSTRAINT "settings_non_negative";--> statement-breakpoint
ALTER TABLE "settings" ALTER COLUMN "guarantee_breach_nok" SET DEFAULT 10000;--> statement-breakpoint
ALTER TABLE "settings" ALTER COLUMN "guarantee_late_day_nok" SET DEFAULT 3000;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "interim_allowed" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "interim_tags" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "planning_runs" ADD COLUMN "policy" text;--> statement-breakpoint
ALTER TABLE "settings" ADD COLUMN "planning_policy" text DEFAULT 'balansert' NOT NULL;--> statement-breakpoint
ALTER TABLE "settings" ADD COLUMN "tail_days" integer DEFAULT 14 NOT NULL;--> statement-breakpoint
ALTER TABLE "units" ADD COLUMN "only_for" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_interim_kind" CHECK (not interim_allowed or kind in ('langtid', 'bofellesskap'));--> statement-breakpoint
ALTER TABLE "settings" ADD CONSTRAINT "settings_planning_policy" CHECK (planning_policy in ('behov-forst', 'balansert', 'lavest-kostnad', 'egendefinert'));--> statement-breakpoint
ALTER TABLE "settings" ADD CONSTRAINT "settings_non_negative" CHECK (guarantee_days_korttid >= 0 and guarantee_days_langtid >= 0
    and guarantee_days_bofellesskap >= 0 and guarantee_breach_nok >= 0 and guarantee_late_day_nok >= 0
    and waiting_day_nok_p1 >= 0 and waiting_day_nok_p2 >= 0 and waiting_day_nok_p3 >= 0
    and non_preferred_nok >= 0 and turnaround_days >= 0 and horizon_days between 1 and 366
    and report_stale_hour between 0 and 23 and session_idle_minutes > 0 and tail_days between 0 and 366);--> statement-breakpoint
ALTER TABLE "units" ADD CONSTRAINT "units_only_for_in_tags" CHECK (only_for <@ tags);