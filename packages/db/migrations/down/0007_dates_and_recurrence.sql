-- Rolls back 0007_dates_and_recurrence: due times, recurrences, completions and settings go; due dates stay.
ALTER TABLE "task" DROP CONSTRAINT IF EXISTS "task_recurrence_needs_date";--> statement-breakpoint
ALTER TABLE "task" DROP CONSTRAINT IF EXISTS "task_due_time_needs_date";--> statement-breakpoint
DROP INDEX IF EXISTS "task_user_due_asc_idx";--> statement-breakpoint
DROP INDEX IF EXISTS "task_user_due_desc_idx";--> statement-breakpoint
DROP TABLE IF EXISTS "task_completion";--> statement-breakpoint
DROP TABLE IF EXISTS "user_settings";--> statement-breakpoint
ALTER TABLE "task" DROP COLUMN IF EXISTS "series_occurrence";--> statement-breakpoint
ALTER TABLE "task" DROP COLUMN IF EXISTS "recurrence_from";--> statement-breakpoint
ALTER TABLE "task" DROP COLUMN IF EXISTS "recurrence_rule";--> statement-breakpoint
ALTER TABLE "task" DROP COLUMN IF EXISTS "due_time";--> statement-breakpoint
DROP TYPE IF EXISTS "public"."recurrence_from";--> statement-breakpoint
CREATE INDEX "task_user_due_asc_idx" ON "task" USING btree ("user_id",coalesce("due_date", 'infinity'::date),"id");--> statement-breakpoint
CREATE INDEX "task_user_due_desc_idx" ON "task" USING btree ("user_id",coalesce("due_date", '-infinity'::date),"id");
