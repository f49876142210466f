-- Rolls back 0013_search_columns: the filters' indexes go back to 0012's, over the texts, the function and tags_text.
DROP INDEX IF EXISTS "task_user_title_trgm_idx";--> statement-breakpoint
DROP INDEX IF EXISTS "task_user_description_trgm_idx";--> statement-breakpoint
DROP INDEX IF EXISTS "task_user_tags_trgm_idx";--> statement-breakpoint
DROP INDEX IF EXISTS "task_user_tag_keys_idx";--> statement-breakpoint
ALTER TABLE "task"
  DROP COLUMN IF EXISTS "tag_keys",
  DROP COLUMN IF EXISTS "search_title",
  DROP COLUMN IF EXISTS "search_description",
  DROP COLUMN IF EXISTS "search_tags",
  ADD COLUMN IF NOT EXISTS "tags_text" text GENERATED ALWAYS AS (task_tags_text("task"."tags")) STORED;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "task_user_title_trgm_idx" ON "task" USING gin ("user_id","title" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "task_user_description_trgm_idx" ON "task" USING gin ("user_id","description" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "task_user_tag_keys_idx" ON "task" USING gin ("user_id",task_tag_keys("tags"));--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "task_user_tags_trgm_idx" ON "task" USING gin ("user_id","tags_text" gin_trgm_ops);
