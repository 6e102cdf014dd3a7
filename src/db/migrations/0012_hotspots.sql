CREATE TABLE "commune_drug_classifications" (
	"id" uuid PRIMARY KEY NOT NULL,
	"commune_code" text NOT NULL,
	"province_code" text NOT NULL,
	"drug_class" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_until" date,
	"decision_ref" text NOT NULL,
	"agency_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "hotspot_persons" (
	"hotspot_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"role" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	CONSTRAINT "hotspot_persons_hotspot_id_person_id_pk" PRIMARY KEY("hotspot_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "hotspot_transitions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"hotspot_id" uuid NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"occurred_on" date NOT NULL,
	"reason" text,
	"recheck_due_on" date,
	"by_user_id" uuid,
	"by_agency_id" uuid NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "hotspots" (
	"id" uuid PRIMARY KEY NOT NULL,
	"external_ref" text,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"name_folded" text NOT NULL,
	"description" text,
	"drugs" text[] DEFAULT '{}'::text[] NOT NULL,
	"lat" double precision NOT NULL,
	"lon" double precision NOT NULL,
	"address" text,
	"unit_structure" text NOT NULL,
	"unit_code" text NOT NULL,
	"province_code" text NOT NULL,
	"commune_code" text,
	"pre2025_province_code" text,
	"distance_to_provincial_boundary_m" integer,
	"nearest_province_code" text,
	"distance_to_national_border_m" integer,
	"national_border_country" text,
	"status" text NOT NULL,
	"status_on" date NOT NULL,
	"recheck_due_on" date,
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
ALTER TABLE "hotspot_persons" ADD CONSTRAINT "hotspot_persons_hotspot_id_hotspots_id_fk" FOREIGN KEY ("hotspot_id") REFERENCES "public"."hotspots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hotspot_transitions" ADD CONSTRAINT "hotspot_transitions_hotspot_id_hotspots_id_fk" FOREIGN KEY ("hotspot_id") REFERENCES "public"."hotspots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "commune_drug_classifications_commune_idx" ON "commune_drug_classifications" USING btree ("commune_code","valid_from");--> statement-breakpoint
CREATE INDEX "commune_drug_classifications_province_idx" ON "commune_drug_classifications" USING btree ("province_code");--> statement-breakpoint
CREATE INDEX "hotspot_persons_person_idx" ON "hotspot_persons" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "hotspot_transitions_hotspot_idx" ON "hotspot_transitions" USING btree ("hotspot_id","occurred_on");--> statement-breakpoint
CREATE INDEX "hotspots_owner_idx" ON "hotspots" USING btree ("owner_agency_id");--> statement-breakpoint
CREATE INDEX "hotspots_zones_idx" ON "hotspots" USING gin ("zone_ids");--> statement-breakpoint
CREATE UNIQUE INDEX "hotspots_external_ref_key" ON "hotspots" USING btree ("owner_agency_id","external_ref");--> statement-breakpoint
CREATE INDEX "hotspots_province_idx" ON "hotspots" USING btree ("province_code");--> statement-breakpoint
CREATE INDEX "hotspots_status_idx" ON "hotspots" USING btree ("status");--> statement-breakpoint
CREATE INDEX "hotspots_recheck_idx" ON "hotspots" USING btree ("owner_agency_id","recheck_due_on");