DROP INDEX "allocations_one_active_per_entry";--> statement-breakpoint
ALTER TABLE "allocations" ADD COLUMN "interim" boolean DEFAULT false NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "allocations_one_active_interim_per_entry" ON "allocations" USING btree ("entry_id") WHERE status in ('reserved', 'admitted') and interim;--> statement-breakpoint
CREATE UNIQUE INDEX "allocations_one_active_per_entry" ON "allocations" USING btree ("entry_id") WHERE status in ('reserved', 'admitted') and not interim;