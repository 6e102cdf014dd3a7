CREATE TABLE "case_agencies" (
	"case_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"role" text NOT NULL,
	"added_at" timestamp with time zone NOT NULL,
	"added_by" uuid,
	CONSTRAINT "case_agencies_case_id_agency_id_pk" PRIMARY KEY("case_id","agency_id")
);
--> statement-breakpoint
CREATE TABLE "case_persons" (
	"case_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"role" text NOT NULL,
	"linked_at" timestamp with time zone NOT NULL,
	"linked_by" uuid,
	CONSTRAINT "case_persons_case_id_person_id_pk" PRIMARY KEY("case_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" uuid PRIMARY KEY NOT NULL,
	"external_ref" text,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"title_folded" text NOT NULL,
	"occurred_on" date NOT NULL,
	"place_structure" text NOT NULL,
	"place_unit_code" text NOT NULL,
	"place_detail" text,
	"lat" double precision,
	"lon" double precision,
	"province_code" text,
	"offence" text,
	"status" text DEFAULT 'open' NOT NULL,
	"summary" text,
	"operation_id" uuid,
	"hotspot_id" uuid,
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
CREATE TABLE "operation_agencies" (
	"operation_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"role" text NOT NULL,
	"added_at" timestamp with time zone NOT NULL,
	"added_by" uuid,
	CONSTRAINT "operation_agencies_operation_id_agency_id_pk" PRIMARY KEY("operation_id","agency_id")
);
--> statement-breakpoint
CREATE TABLE "operation_targets" (
	"operation_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"linked_at" timestamp with time zone NOT NULL,
	"linked_by" uuid,
	CONSTRAINT "operation_targets_operation_id_person_id_pk" PRIMARY KEY("operation_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "seizure_agencies" (
	"seizure_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"role" text NOT NULL,
	CONSTRAINT "seizure_agencies_seizure_id_agency_id_pk" PRIMARY KEY("seizure_id","agency_id")
);
--> statement-breakpoint
CREATE TABLE "seizure_custody" (
	"id" uuid PRIMARY KEY NOT NULL,
	"seizure_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"holder_agency_id" uuid NOT NULL,
	"holder_unit" text,
	"holder_person" text,
	"since" date NOT NULL,
	"note" text,
	"recorded_at" timestamp with time zone NOT NULL,
	"recorded_by" uuid
);
--> statement-breakpoint
CREATE TABLE "seizures" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"seized_on" date NOT NULL,
	"substance" text,
	"quantity" numeric(14, 3),
	"unit" text,
	"exhibits" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"province_code" text,
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
CREATE TABLE "special_operations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code_name" text NOT NULL,
	"started_on" date NOT NULL,
	"ended_on" date,
	"status" text DEFAULT 'active' NOT NULL,
	"result" text,
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
ALTER TABLE "case_agencies" ADD CONSTRAINT "case_agencies_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_persons" ADD CONSTRAINT "case_persons_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operation_agencies" ADD CONSTRAINT "operation_agencies_operation_id_special_operations_id_fk" FOREIGN KEY ("operation_id") REFERENCES "public"."special_operations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operation_targets" ADD CONSTRAINT "operation_targets_operation_id_special_operations_id_fk" FOREIGN KEY ("operation_id") REFERENCES "public"."special_operations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seizure_agencies" ADD CONSTRAINT "seizure_agencies_seizure_id_seizures_id_fk" FOREIGN KEY ("seizure_id") REFERENCES "public"."seizures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seizure_custody" ADD CONSTRAINT "seizure_custody_seizure_id_seizures_id_fk" FOREIGN KEY ("seizure_id") REFERENCES "public"."seizures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seizures" ADD CONSTRAINT "seizures_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_agencies_agency_idx" ON "case_agencies" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "case_persons_person_idx" ON "case_persons" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "cases_owner_idx" ON "cases" USING btree ("owner_agency_id");--> statement-breakpoint
CREATE INDEX "cases_zones_idx" ON "cases" USING gin ("zone_ids");--> statement-breakpoint
CREATE UNIQUE INDEX "cases_external_ref_key" ON "cases" USING btree ("owner_agency_id","external_ref");--> statement-breakpoint
CREATE INDEX "cases_occurred_idx" ON "cases" USING btree ("occurred_on");--> statement-breakpoint
CREATE INDEX "cases_operation_idx" ON "cases" USING btree ("operation_id");--> statement-breakpoint
CREATE INDEX "cases_hotspot_idx" ON "cases" USING btree ("hotspot_id");--> statement-breakpoint
CREATE INDEX "seizure_agencies_agency_idx" ON "seizure_agencies" USING btree ("agency_id");--> statement-breakpoint
CREATE UNIQUE INDEX "seizure_custody_seq_key" ON "seizure_custody" USING btree ("seizure_id","seq");--> statement-breakpoint
CREATE INDEX "seizures_owner_idx" ON "seizures" USING btree ("owner_agency_id");--> statement-breakpoint
CREATE INDEX "seizures_zones_idx" ON "seizures" USING gin ("zone_ids");--> statement-breakpoint
CREATE INDEX "seizures_case_idx" ON "seizures" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "seizures_seized_idx" ON "seizures" USING btree ("seized_on");--> statement-breakpoint
CREATE INDEX "special_operations_owner_idx" ON "special_operations" USING btree ("owner_agency_id");--> statement-breakpoint
CREATE INDEX "special_operations_zones_idx" ON "special_operations" USING gin ("zone_ids");--> statement-breakpoint
CREATE UNIQUE INDEX "special_operations_code_key" ON "special_operations" USING btree ("owner_agency_id","code_name");