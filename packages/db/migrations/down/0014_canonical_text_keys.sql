-- Rolls back 0014_canonical_text_keys: the keys lower() alone again. Names it renamed keep their " (id)".
DROP INDEX IF EXISTS "list_user_name_idx";--> statement-breakpoint
CREATE UNIQUE INDEX "list_user_name_idx" ON "list" USING btree ("user_id",lower("name"));--> statement-breakpoint
CREATE OR REPLACE FUNCTION task_tag_keys(tags text[]) RETURNS text[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT ARRAY(SELECT lower(tag) FROM unnest(tags) AS tag) $$;--> statement-breakpoint
DROP INDEX IF EXISTS "task_user_title_trgm_idx";--> statement-breakpoint
DROP INDEX IF EXISTS "task_user_description_trgm_idx";--> statement-breakpoint
DROP INDEX IF EXISTS "task_user_tags_trgm_idx";--> statement-breakpoint
DROP INDEX IF EXISTS "task_user_tag_keys_idx";--> statement-breakpoint
ALTER TABLE "task"
  DROP COLUMN IF EXISTS "tag_keys",
  DROP COLUMN IF EXISTS "search_title",
  DROP COLUMN IF EXISTS "search_description",
  DROP COLUMN IF EXISTS "search_tags",
  ADD COLUMN "tag_keys" text[] GENERATED ALWAYS AS (task_tag_keys("task"."tags")) STORED,
  ADD COLUMN "search_title" text GENERATED ALWAYS AS (lower("task"."title")) STORED,
  ADD COLUMN "search_description" text GENERATED ALWAYS AS (lower("task"."description")) STORED,
  ADD COLUMN "search_tags" text GENERATED ALWAYS AS (lower(task_tags_text("task"."tags"))) STORED;--> statement-breakpoint
CREATE INDEX "task_user_title_trgm_idx" ON "task" USING gin ("user_id","search_title" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "task_user_description_trgm_idx" ON "task" USING gin ("user_id","search_description" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "task_user_tags_trgm_idx" ON "task" USING gin ("user_id","search_tags" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "task_user_tag_keys_idx" ON "task" USING gin ("user_id","tag_keys");
