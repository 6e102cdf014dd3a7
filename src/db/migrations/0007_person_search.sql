CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "aliases_text" text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX "persons_name_trgm_idx" ON "persons" USING gin ("name_folded" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "persons_aliases_trgm_idx" ON "persons" USING gin ("aliases_text" gin_trgm_ops);--> statement-breakpoint
UPDATE "persons" SET "aliases_text" = array_to_string("aliases_folded", ' | ');