CREATE TABLE "persons" (
	"id" uuid PRIMARY KEY NOT NULL,
	"external_ref" text,
	"full_name" text NOT NULL,
	"name_folded" text NOT NULL,
	"aliases" text[] DEFAULT '{}'::text[] NOT NULL,
	"aliases_folded" text[] DEFAULT '{}'::text[] NOT NULL,
	"sex" text DEFAULT 'unknown' NOT NULL,
	"birth_year" integer,
	"birth_month" integer,
	"birth_day" integer,
	"place_of_birth" text,
	"ethnicity" text,
	"nationality" text,
	"identity_documents" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"id_numbers" text[] DEFAULT '{}'::text[] NOT NULL,
	"addresses" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"province_code" text,
	"phones" text[] DEFAULT '{}'::text[] NOT NULL,
	"vehicles" text[] DEFAULT '{}'::text[] NOT NULL,
	"roles" text[] DEFAULT '{}'::text[] NOT NULL,
	"data_subject_category" text NOT NULL,
	"personal_data_category" text DEFAULT 'sensitive' NOT NULL,
	"review_due_on" date NOT NULL,
	"note" text,
	"owner_agency_id" uuid NOT NULL,
	"classification" text DEFAULT 'none' NOT NULL,
	"handling_code" text DEFAULT 'H0' NOT NULL,
	"releasable_to_foreign" boolean DEFAULT false NOT NULL,
	"crime_domain" text NOT NULL,
	"recorded_on" date NOT NULL,
	"zone_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"source_reliability" text,
	"information_accuracy" text,
	"evaluated_by" uuid,
	"evaluated_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "record_shares" (
	"id" uuid PRIMARY KEY NOT NULL,
	"record_kind" text NOT NULL,
	"record_id" uuid NOT NULL,
	"owner_agency_id" uuid NOT NULL,
	"recipient_agency_id" uuid NOT NULL,
	"level" text NOT NULL,
	"purpose" text NOT NULL,
	"granted_by_agency_id" uuid NOT NULL,
	"granted_by" uuid,
	"granted_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone,
	"forwarded_from_id" uuid,
	"revoked_at" timestamp with time zone,
	"revoked_by" uuid,
	"revocation_reason" text
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "clearance" text DEFAULT 'none' NOT NULL;--> statement-breakpoint
CREATE INDEX "persons_owner_idx" ON "persons" USING btree ("owner_agency_id");--> statement-breakpoint
CREATE INDEX "persons_zones_idx" ON "persons" USING gin ("zone_ids");--> statement-breakpoint
CREATE UNIQUE INDEX "persons_external_ref_key" ON "persons" USING btree ("owner_agency_id","external_ref");--> statement-breakpoint
CREATE INDEX "persons_id_numbers_idx" ON "persons" USING gin ("id_numbers");--> statement-breakpoint
CREATE INDEX "persons_province_idx" ON "persons" USING btree ("province_code");--> statement-breakpoint
CREATE INDEX "record_shares_recipient_idx" ON "record_shares" USING btree ("record_id","recipient_agency_id");--> statement-breakpoint
CREATE INDEX "record_shares_record_idx" ON "record_shares" USING btree ("record_kind","record_id");