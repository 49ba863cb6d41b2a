CREATE TABLE "partner_links" (
	"id" serial PRIMARY KEY NOT NULL,
	"entry_a" integer NOT NULL,
	"entry_b" integer NOT NULL,
	"reason" text NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ended_at" timestamp with time zone,
	"ended_by" integer,
	"end_reason" text,
	CONSTRAINT "partner_links_ordered" CHECK (entry_a < entry_b),
	CONSTRAINT "partner_links_ended" CHECK ((ended_at is null) = (end_reason is null))
);
--> statement-breakpoint
ALTER TABLE "partner_links" ADD CONSTRAINT "partner_links_entry_a_waitlist_entries_id_fk" FOREIGN KEY ("entry_a") REFERENCES "public"."waitlist_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_links" ADD CONSTRAINT "partner_links_entry_b_waitlist_entries_id_fk" FOREIGN KEY ("entry_b") REFERENCES "public"."waitlist_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_links" ADD CONSTRAINT "partner_links_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_links" ADD CONSTRAINT "partner_links_ended_by_users_id_fk" FOREIGN KEY ("ended_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "partner_links_one_active_a" ON "partner_links" USING btree ("entry_a") WHERE ended_at is null;--> statement-breakpoint
CREATE UNIQUE INDEX "partner_links_one_active_b" ON "partner_links" USING btree ("entry_b") WHERE ended_at is null;--> statement-breakpoint
-- Hand-written (drizzle-kit cannot express a trigger): the two partial unique indexes keep an entry
-- in one active link on each side; this keeps it out of a second active link on the other side.
-- The app locks both entries before it links them, so two links made at once wait for each other.
CREATE OR REPLACE FUNCTION partner_links_one_active_per_entry() RETURNS trigger AS $$
BEGIN
  IF NEW.ended_at IS NULL AND EXISTS (
    SELECT 1 FROM partner_links l
    WHERE l.id <> NEW.id AND l.ended_at IS NULL
      AND (l.entry_a IN (NEW.entry_a, NEW.entry_b) OR l.entry_b IN (NEW.entry_a, NEW.entry_b))
  ) THEN
    RAISE EXCEPTION 'waitlist entry already has an active partner link' USING ERRCODE = 'unique_violation';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER partner_links_one_active_per_entry BEFORE INSERT OR UPDATE ON partner_links
  FOR EACH ROW EXECUTE FUNCTION partner_links_one_active_per_entry();
