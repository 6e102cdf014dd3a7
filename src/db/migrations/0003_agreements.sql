CREATE TABLE "agreement_obligations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agreement_id" uuid NOT NULL,
	"agency_id" uuid,
	"record_kind" text NOT NULL,
	"level" text NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "agreement_parties" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agreement_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"role" text DEFAULT 'party' NOT NULL,
	"signatory_name" text,
	"signatory_rank" text,
	"signatory_title" text,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "agreement_reviews" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agreement_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"every_months" integer,
	"fixed_on" date,
	"last_held_on" date,
	"remind_days_before" integer DEFAULT 30 NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "agreement_zones" (
	"agreement_id" uuid NOT NULL,
	"zone_id" uuid NOT NULL,
	CONSTRAINT "agreement_zones_agreement_id_zone_id_pk" PRIMARY KEY("agreement_id","zone_id")
);
--> statement-breakpoint
CREATE TABLE "agreements" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"number" text,
	"title" text NOT NULL,
	"signed_on" date,
	"effective_from" date,
	"effective_until" date,
	"status" text DEFAULT 'draft' NOT NULL,
	"superseded_by_id" uuid,
	"domains" text[] DEFAULT '{}' NOT NULL,
	"approval_authority" text,
	"area_description" text,
	"group_id" uuid,
	"urgent_reply_hours" integer,
	"normal_reply_hours" integer,
	"low_reply_hours" integer,
	"note" text,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "agreement_obligations" ADD CONSTRAINT "agreement_obligations_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_parties" ADD CONSTRAINT "agreement_parties_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_reviews" ADD CONSTRAINT "agreement_reviews_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_zones" ADD CONSTRAINT "agreement_zones_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agreement_obligations_agreement_idx" ON "agreement_obligations" USING btree ("agreement_id");--> statement-breakpoint
CREATE UNIQUE INDEX "agreement_parties_pair_key" ON "agreement_parties" USING btree ("agreement_id","agency_id");--> statement-breakpoint
CREATE INDEX "agreement_parties_agency_idx" ON "agreement_parties" USING btree ("agency_id","agreement_id");--> statement-breakpoint
CREATE INDEX "agreement_reviews_agreement_idx" ON "agreement_reviews" USING btree ("agreement_id");--> statement-breakpoint
CREATE INDEX "agreement_zones_zone_idx" ON "agreement_zones" USING btree ("zone_id","agreement_id");--> statement-breakpoint
CREATE INDEX "agreements_domains_idx" ON "agreements" USING gin ("domains");--> statement-breakpoint
CREATE INDEX "agreements_status_period_idx" ON "agreements" USING btree ("status","effective_from","effective_until");--> statement-breakpoint
CREATE INDEX "agreements_signed_idx" ON "agreements" USING btree ("signed_on","number");