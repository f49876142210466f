-- Rolls back 0001_list_indexes: the search and tag indexes and their extensions go, the due-date
-- indexes return to their 0000_init definitions.
DROP INDEX IF EXISTS "task_user_tags_idx";--> statement-breakpoint
DROP INDEX IF EXISTS "task_user_description_trgm_idx";--> statement-breakpoint
DROP INDEX IF EXISTS "task_user_title_trgm_idx";--> statement-breakpoint
DROP EXTENSION IF EXISTS btree_gin;--> statement-breakpoint
DROP EXTENSION IF EXISTS pg_trgm;--> statement-breakpoint
DROP INDEX IF EXISTS "task_user_due_asc_idx";--> statement-breakpoint
DROP INDEX IF EXISTS "task_user_due_desc_idx";--> statement-breakpoint
CREATE INDEX "task_user_due_asc_idx" ON "task" USING btree ("user_id","due_date","id");--> statement-breakpoint
CREATE INDEX "task_user_due_desc_idx" ON "task" USING btree ("user_id","due_date" DESC NULLS LAST,"id" DESC NULLS LAST);
