-- Rolls back 0012_search_tags_column: the search's trigram index goes back to 0005's, over the function.
DROP INDEX IF EXISTS "task_user_tags_trgm_idx";--> statement-breakpoint
ALTER TABLE "task" DROP COLUMN IF EXISTS "tags_text";--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "task_user_tags_trgm_idx" ON "task" USING gin ("user_id",task_tags_text("tags") gin_trgm_ops);
