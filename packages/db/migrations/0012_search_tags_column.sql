-- q searches the tags joined by spaces: as a stored column rather than task_tags_text() in the filter, which
-- PostgreSQL does not inline (the function is IMMUTABLE, array_to_string only STABLE) and so calls for every row
-- a search walks in its list order, three times the cost of the title's and description's ILIKE together.
DROP INDEX "task_user_tags_trgm_idx";--> statement-breakpoint
ALTER TABLE "task" ADD COLUMN "tags_text" text GENERATED ALWAYS AS (task_tags_text("task"."tags")) STORED;--> statement-breakpoint
CREATE INDEX "task_user_tags_trgm_idx" ON "task" USING gin ("user_id","tags_text" gin_trgm_ops);