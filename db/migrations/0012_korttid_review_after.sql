ALTER TABLE "settings" DROP CONSTRAINT "settings_korttid_limits";--> statement-breakpoint
ALTER TABLE "settings" ADD COLUMN "korttid_review_after_days" integer DEFAULT 14 NOT NULL;--> statement-breakpoint
ALTER TABLE "settings" ADD CONSTRAINT "settings_korttid_limits" CHECK (korttid_warn_days between 1 and 366 and korttid_limit_days between 1 and 366
    and korttid_warn_days <= korttid_limit_days and korttid_review_soon_days between 0 and 90 and appeal_forward_days between 1 and 365
    and korttid_review_after_days between 1 and 366);