-- Rolls back 0004_lists: the tasks stay, out of their lists.
DROP INDEX IF EXISTS "task_list_idx";--> statement-breakpoint
DROP INDEX IF EXISTS "task_user_list_created_idx";--> statement-breakpoint
ALTER TABLE "task" DROP CONSTRAINT IF EXISTS "task_list_id_list_id_fk";--> statement-breakpoint
ALTER TABLE "task" DROP COLUMN IF EXISTS "list_id";--> statement-breakpoint
DROP TABLE IF EXISTS "list";
