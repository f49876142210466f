-- Rolls back 0006_positions: subtasks stay, as top-level tasks of their lists; the manual order goes.
DROP INDEX IF EXISTS "task_parent_position_idx";--> statement-breakpoint
DROP INDEX IF EXISTS "task_user_list_position_idx";--> statement-breakpoint
ALTER TABLE "task" DROP CONSTRAINT IF EXISTS "task_parent_id_task_id_fk";--> statement-breakpoint
ALTER TABLE "task" DROP COLUMN IF EXISTS "position";--> statement-breakpoint
ALTER TABLE "task" DROP COLUMN IF EXISTS "parent_id";
