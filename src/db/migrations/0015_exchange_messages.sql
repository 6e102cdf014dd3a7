CREATE TABLE "message_attachments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"message_id" uuid,
	"agency_id" uuid NOT NULL,
	"filename" text NOT NULL,
	"media_type" text NOT NULL,
	"byte_size" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" uuid,
	"uploaded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "message_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"recipient_row_id" uuid NOT NULL,
	"from_state" text,
	"to_state" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"by_user_id" uuid,
	"by_agency_id" uuid,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "message_recipients" (
	"id" uuid PRIMARY KEY NOT NULL,
	"message_id" uuid NOT NULL,
	"sender_agency_id" uuid NOT NULL,
	"recipient_agency_id" uuid NOT NULL,
	"seq" bigint,
	"state" text NOT NULL,
	"deadline_at" timestamp with time zone,
	"deadline_source" text,
	"deadline_agreement_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"state_changed_at" timestamp with time zone NOT NULL,
	"delivered_at" timestamp with time zone,
	"read_at" timestamp with time zone,
	"acknowledged_at" timestamp with time zone,
	"answered_at" timestamp with time zone,
	"answered_by_message_id" uuid,
	"overdue_at" timestamp with time zone,
	"escalated_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"withdrawn_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "message_references" (
	"message_id" uuid NOT NULL,
	"record_kind" text NOT NULL,
	"record_id" uuid NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "message_references_message_id_record_kind_record_id_pk" PRIMARY KEY("message_id","record_kind","record_id")
);
--> statement-breakpoint
CREATE TABLE "message_sequences" (
	"sender_agency_id" uuid NOT NULL,
	"recipient_agency_id" uuid NOT NULL,
	"last_seq" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "message_sequences_sender_agency_id_recipient_agency_id_pk" PRIMARY KEY("sender_agency_id","recipient_agency_id")
);
--> statement-breakpoint
CREATE TABLE "messages" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"assistance_kind" text,
	"sender_agency_id" uuid NOT NULL,
	"sender_user_id" uuid,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"priority" text NOT NULL,
	"classification" text DEFAULT 'none' NOT NULL,
	"handling_code" text DEFAULT 'H0' NOT NULL,
	"thread_id" uuid NOT NULL,
	"in_reply_to_id" uuid,
	"case_id" uuid,
	"operation_id" uuid,
	"agreement_id" uuid,
	"template_key" text,
	"template_params" jsonb,
	"language" text DEFAULT 'vi' NOT NULL,
	"out_of_band" boolean DEFAULT false NOT NULL,
	"channel" text,
	"occurred_at" timestamp with time zone,
	"recorded_by_agency_id" uuid,
	"idempotency_key" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "user_id" uuid;--> statement-breakpoint
ALTER TABLE "message_attachments" ADD CONSTRAINT "message_attachments_message_id_messages_id_fk" FOREIGN KEY ("message_id") REFERENCES "public"."messages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message_events" ADD CONSTRAINT "message_events_recipient_row_id_message_recipients_id_fk" FOREIGN KEY ("recipient_row_id") REFERENCES "public"."message_recipients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message_recipients" ADD CONSTRAINT "message_recipients_message_id_messages_id_fk" FOREIGN KEY ("message_id") REFERENCES "public"."messages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message_references" ADD CONSTRAINT "message_references_message_id_messages_id_fk" FOREIGN KEY ("message_id") REFERENCES "public"."messages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "message_attachments_message_idx" ON "message_attachments" USING btree ("message_id");--> statement-breakpoint
CREATE INDEX "message_events_row_idx" ON "message_events" USING btree ("recipient_row_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "message_recipients_message_key" ON "message_recipients" USING btree ("message_id","recipient_agency_id");--> statement-breakpoint
CREATE UNIQUE INDEX "message_recipients_pair_seq_key" ON "message_recipients" USING btree ("sender_agency_id","recipient_agency_id","seq");--> statement-breakpoint
CREATE INDEX "message_recipients_inbox_idx" ON "message_recipients" USING btree ("recipient_agency_id","created_at");--> statement-breakpoint
CREATE INDEX "message_recipients_deadline_idx" ON "message_recipients" USING btree ("state","deadline_at");--> statement-breakpoint
CREATE INDEX "message_references_record_idx" ON "message_references" USING btree ("record_kind","record_id");--> statement-breakpoint
CREATE UNIQUE INDEX "messages_idempotency_key" ON "messages" USING btree ("sender_agency_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "messages_thread_idx" ON "messages" USING btree ("thread_id","created_at");--> statement-breakpoint
CREATE INDEX "messages_sender_idx" ON "messages" USING btree ("sender_agency_id","created_at");--> statement-breakpoint
CREATE INDEX "messages_case_idx" ON "messages" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "messages_agreement_idx" ON "messages" USING btree ("agreement_id");