CREATE TABLE "person_matches" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"candidate_id" uuid NOT NULL,
	"score" double precision NOT NULL,
	"explanation" jsonb NOT NULL,
	"status" text DEFAULT 'possible' NOT NULL,
	"found_at" timestamp with time zone NOT NULL,
	"decided_at" timestamp with time zone,
	"decided_by" uuid,
	"decision_note" text
);
--> statement-breakpoint
CREATE UNIQUE INDEX "person_matches_pair_key" ON "person_matches" USING btree ("agency_id","person_id","candidate_id");--> statement-breakpoint
CREATE INDEX "person_matches_candidate_idx" ON "person_matches" USING btree ("agency_id","candidate_id");