ALTER TABLE "settings" ADD COLUMN "inhabitants" integer DEFAULT 90000 NOT NULL;--> statement-breakpoint
CREATE INDEX "applications_decision" ON "applications" USING btree ("decision_date");--> statement-breakpoint
CREATE INDEX "hospital_stays_person" ON "hospital_stays" USING btree ("person_id","admitted_date");--> statement-breakpoint
CREATE INDEX "hospital_stays_ready" ON "hospital_stays" USING btree ("discharge_ready_date") WHERE discharge_ready_date is not null;--> statement-breakpoint
CREATE INDEX "unit_stays_person_from" ON "unit_stays" USING btree ("person_id","from_date");--> statement-breakpoint
ALTER TABLE "settings" ADD CONSTRAINT "settings_inhabitants" CHECK (inhabitants between 1 and 10000000);