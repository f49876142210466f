-- pg_trgm lets a GIN index answer ILIKE '%q%'; btree_gin lets the same index lead with user_id (uuid).
-- Both are trusted extensions (PostgreSQL 13+, Neon, and PGlite when loaded): no superuser needed.
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS btree_gin;--> statement-breakpoint
DROP INDEX "task_user_due_asc_idx";--> statement-breakpoint
DROP INDEX "task_user_due_desc_idx";--> statement-breakpoint
CREATE INDEX "task_user_title_trgm_idx" ON "task" USING gin ("user_id","title" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "task_user_description_trgm_idx" ON "task" USING gin ("user_id","description" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "task_user_tags_idx" ON "task" USING gin ("user_id","tags");--> statement-breakpoint
CREATE INDEX "task_user_due_asc_idx" ON "task" USING btree ("user_id",coalesce("due_date", 'infinity'::date),"id");--> statement-breakpoint
CREATE INDEX "task_user_due_desc_idx" ON "task" USING btree ("user_id",coalesce("due_date", '-infinity'::date),"id");