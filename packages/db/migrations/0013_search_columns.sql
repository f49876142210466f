-- The list filters read stored columns, as q's tags already did (0012): a page walked in its list's order checks
-- each row it passes, and computing the value there cost more than the rest of the page. tag= read
-- task_tag_keys(), which PostgreSQL cannot inline (~6 µs a row); q's ILIKE lowers the pattern and the text on
-- every row (4.4 µs a row for the three texts; LIKE on texts lowered once, 0.33 µs). lower() is what ILIKE
-- applies to both sides, so LIKE lower(pattern) on them finds exactly what ILIKE found. tags_text becomes
-- search_tags, lowered. One ALTER TABLE: the table is rewritten once.
DROP INDEX "task_user_title_trgm_idx";--> statement-breakpoint
DROP INDEX "task_user_description_trgm_idx";--> statement-breakpoint
DROP INDEX "task_user_tag_keys_idx";--> statement-breakpoint
DROP INDEX "task_user_tags_trgm_idx";--> statement-breakpoint
ALTER TABLE "task"
  DROP COLUMN "tags_text",
  ADD COLUMN "tag_keys" text[] GENERATED ALWAYS AS (task_tag_keys("task"."tags")) STORED,
  ADD COLUMN "search_title" text GENERATED ALWAYS AS (lower("task"."title")) STORED,
  ADD COLUMN "search_description" text GENERATED ALWAYS AS (lower("task"."description")) STORED,
  ADD COLUMN "search_tags" text GENERATED ALWAYS AS (lower(task_tags_text("task"."tags"))) STORED;--> statement-breakpoint
CREATE INDEX "task_user_title_trgm_idx" ON "task" USING gin ("user_id","search_title" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "task_user_description_trgm_idx" ON "task" USING gin ("user_id","search_description" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "task_user_tags_trgm_idx" ON "task" USING gin ("user_id","search_tags" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "task_user_tag_keys_idx" ON "task" USING gin ("user_id","tag_keys");
