-- Rolls back 0005_tags: the tag indexes go back to 0001's. Tags stay as 0005 normalized them, which the
-- code before it reads and writes as any other tags.
DROP INDEX IF EXISTS "task_user_tags_trgm_idx";--> statement-breakpoint
DROP INDEX IF EXISTS "task_user_tag_keys_idx";--> statement-breakpoint
DROP FUNCTION IF EXISTS task_tags_text(text[]);--> statement-breakpoint
DROP FUNCTION IF EXISTS task_tag_keys(text[]);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "task_user_tags_idx" ON "task" USING gin ("user_id","tags");
