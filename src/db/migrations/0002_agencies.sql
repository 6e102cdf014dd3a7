CREATE TABLE "agency_contacts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"rank" text,
	"title" text,
	"phone" text,
	"email" text,
	"languages" text[] DEFAULT '{}' NOT NULL,
	"valid_from" date,
	"valid_until" date,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agency_groups" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"code" text NOT NULL,
	"name_vi" text NOT NULL,
	"name_en" text,
	"description" text,
	"agreement_ref" text,
	"search_text" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "agency_groups_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "agency_jurisdictions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"structure" text NOT NULL,
	"unit_code" text NOT NULL,
	"valid_from" date,
	"valid_until" date
);
--> statement-breakpoint
CREATE TABLE "agency_successions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"predecessor_id" uuid NOT NULL,
	"successor_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"date" date NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "chair_terms" (
	"id" uuid PRIMARY KEY NOT NULL,
	"group_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"conference_name" text,
	"conference_date" date,
	"conference_place" text,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "geo_border_zone_members" (
	"zone_id" uuid NOT NULL,
	"structure" text NOT NULL,
	"code" text NOT NULL,
	"level" text NOT NULL,
	CONSTRAINT "geo_border_zone_members_zone_id_structure_code_pk" PRIMARY KEY("zone_id","structure","code")
);
--> statement-breakpoint
CREATE TABLE "geo_border_zones" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"structure" text NOT NULL,
	"kind" text NOT NULL,
	"belt_km" double precision,
	"provinces" text[] DEFAULT '{}' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "geo_commune_neighbours" (
	"commune_code" text NOT NULL,
	"neighbour_code" text NOT NULL,
	"shared_km" double precision NOT NULL,
	"is_interprovincial" boolean NOT NULL,
	CONSTRAINT "geo_commune_neighbours_commune_code_neighbour_code_pk" PRIMARY KEY("commune_code","neighbour_code")
);
--> statement-breakpoint
CREATE TABLE "geo_foreign_borders" (
	"structure" text NOT NULL,
	"level" text NOT NULL,
	"unit_code" text NOT NULL,
	"foreign_code" text NOT NULL,
	"country_iso2" text NOT NULL,
	"approx_border_km" double precision NOT NULL,
	CONSTRAINT "geo_foreign_borders_structure_level_unit_code_foreign_code_pk" PRIMARY KEY("structure","level","unit_code","foreign_code")
);
--> statement-breakpoint
CREATE TABLE "geo_foreign_units" (
	"code" text PRIMARY KEY NOT NULL,
	"country_iso2" text NOT NULL,
	"country" text NOT NULL,
	"name" text NOT NULL,
	"name_natural_earth" text,
	"borders_vietnam" boolean NOT NULL,
	"has_geometry" boolean NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "geo_geometries" (
	"layer" text NOT NULL,
	"code" text NOT NULL,
	"geometry" json NOT NULL,
	"map_geometry" json,
	"min_lon" double precision NOT NULL,
	"min_lat" double precision NOT NULL,
	"max_lon" double precision NOT NULL,
	"max_lat" double precision NOT NULL,
	CONSTRAINT "geo_geometries_layer_code_pk" PRIMARY KEY("layer","code")
);
--> statement-breakpoint
CREATE TABLE "geo_province_neighbours" (
	"structure" text NOT NULL,
	"province_code" text NOT NULL,
	"neighbour_code" text NOT NULL,
	"shared_border_km" double precision NOT NULL,
	CONSTRAINT "geo_province_neighbours_structure_province_code_neighbour_code_pk" PRIMARY KEY("structure","province_code","neighbour_code")
);
--> statement-breakpoint
CREATE TABLE "geo_refdata_loads" (
	"id" uuid PRIMARY KEY NOT NULL,
	"source_dir" text NOT NULL,
	"fingerprint" text NOT NULL,
	"files" jsonb NOT NULL,
	"counts" jsonb NOT NULL,
	"data_as_of" text,
	"loaded_at" timestamp with time zone NOT NULL,
	"duration_ms" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "geo_unit_mappings" (
	"level" text NOT NULL,
	"old_code" text NOT NULL,
	"new_code" text NOT NULL,
	"type" text NOT NULL,
	"qa" text,
	CONSTRAINT "geo_unit_mappings_level_old_code_new_code_pk" PRIMARY KEY("level","old_code","new_code")
);
--> statement-breakpoint
CREATE TABLE "geo_units" (
	"structure" text NOT NULL,
	"code" text NOT NULL,
	"level" text NOT NULL,
	"name" text NOT NULL,
	"full_name" text NOT NULL,
	"name_en" text,
	"full_name_en" text,
	"unit_type" text NOT NULL,
	"province_code" text,
	"district_code" text,
	"pre2025_province_code" text,
	"iso_code" text,
	"valid_from" text,
	"valid_until" text,
	"former_names" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"search_folded" text NOT NULL,
	"sort_rank" integer NOT NULL,
	"area_km2" double precision,
	CONSTRAINT "geo_units_structure_code_pk" PRIMARY KEY("structure","code")
);
--> statement-breakpoint
CREATE TABLE "group_memberships" (
	"id" uuid PRIMARY KEY NOT NULL,
	"group_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"valid_from" date,
	"valid_until" date
);
--> statement-breakpoint
ALTER TABLE "agencies" ADD COLUMN "local_language" text;--> statement-breakpoint
ALTER TABLE "agencies" ADD COLUMN "valid_from" date;--> statement-breakpoint
ALTER TABLE "agencies" ADD COLUMN "valid_until" date;--> statement-breakpoint
ALTER TABLE "agencies" ADD COLUMN "search_text" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "agency_contacts" ADD CONSTRAINT "agency_contacts_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agency_jurisdictions" ADD CONSTRAINT "agency_jurisdictions_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agency_successions" ADD CONSTRAINT "agency_successions_predecessor_id_agencies_id_fk" FOREIGN KEY ("predecessor_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agency_successions" ADD CONSTRAINT "agency_successions_successor_id_agencies_id_fk" FOREIGN KEY ("successor_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chair_terms" ADD CONSTRAINT "chair_terms_group_id_agency_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."agency_groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chair_terms" ADD CONSTRAINT "chair_terms_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "geo_border_zone_members" ADD CONSTRAINT "geo_border_zone_members_zone_id_geo_border_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."geo_border_zones"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_memberships" ADD CONSTRAINT "group_memberships_group_id_agency_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."agency_groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_memberships" ADD CONSTRAINT "group_memberships_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agency_contacts_agency_idx" ON "agency_contacts" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "agency_jurisdictions_agency_idx" ON "agency_jurisdictions" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "agency_jurisdictions_unit_idx" ON "agency_jurisdictions" USING btree ("structure","unit_code");--> statement-breakpoint
CREATE UNIQUE INDEX "agency_successions_pair_key" ON "agency_successions" USING btree ("predecessor_id","successor_id");--> statement-breakpoint
CREATE INDEX "agency_successions_successor_idx" ON "agency_successions" USING btree ("successor_id");--> statement-breakpoint
CREATE INDEX "chair_terms_group_idx" ON "chair_terms" USING btree ("group_id","starts_on");--> statement-breakpoint
CREATE INDEX "geo_border_zone_members_unit_idx" ON "geo_border_zone_members" USING btree ("structure","code");--> statement-breakpoint
CREATE INDEX "geo_foreign_borders_foreign_idx" ON "geo_foreign_borders" USING btree ("foreign_code");--> statement-breakpoint
CREATE INDEX "geo_unit_mappings_new_idx" ON "geo_unit_mappings" USING btree ("new_code");--> statement-breakpoint
CREATE INDEX "geo_units_level_rank_idx" ON "geo_units" USING btree ("structure","level","sort_rank");--> statement-breakpoint
CREATE INDEX "geo_units_province_idx" ON "geo_units" USING btree ("structure","province_code");--> statement-breakpoint
CREATE INDEX "geo_units_district_idx" ON "geo_units" USING btree ("structure","district_code");--> statement-breakpoint
CREATE INDEX "group_memberships_group_idx" ON "group_memberships" USING btree ("group_id");--> statement-breakpoint
CREATE INDEX "group_memberships_agency_idx" ON "group_memberships" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "agencies_parent_idx" ON "agencies" USING btree ("parent_id");