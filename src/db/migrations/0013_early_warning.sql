CREATE TABLE "early_warning_alerts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"trend" text NOT NULL,
	"lat" double precision NOT NULL,
	"lon" double precision NOT NULL,
	"province_code" text,
	"nearest_province_code" text,
	"distance_to_provincial_boundary_m" integer,
	"national_border_country" text,
	"distance_to_national_border_m" integer,
	"zone_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"events" jsonb NOT NULL,
	"event_count" integer NOT NULL,
	"recent_count" integer NOT NULL,
	"previous_count" integer NOT NULL,
	"first_day" date NOT NULL,
	"last_day" date NOT NULL,
	"p_value" double precision NOT NULL,
	"recipient_agency_ids" uuid[] NOT NULL,
	"raised_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE INDEX "early_warning_alerts_recipients_idx" ON "early_warning_alerts" USING gin ("recipient_agency_ids");--> statement-breakpoint
CREATE INDEX "early_warning_alerts_status_idx" ON "early_warning_alerts" USING btree ("status");