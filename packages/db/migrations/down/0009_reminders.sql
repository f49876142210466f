-- Rolls back 0009_reminders: reminders, their schedule and the push subscriptions go; tasks keep everything else.
DROP TRIGGER IF EXISTS "settings_reminders" ON "user_settings";--> statement-breakpoint
DROP TRIGGER IF EXISTS "task_reminders" ON "task";--> statement-breakpoint
DROP FUNCTION IF EXISTS settings_reminders();--> statement-breakpoint
DROP FUNCTION IF EXISTS task_reminders();--> statement-breakpoint
DROP FUNCTION IF EXISTS reminder_schedule(integer);--> statement-breakpoint
DROP TABLE IF EXISTS "reminder";--> statement-breakpoint
DROP TABLE IF EXISTS "push_subscription";--> statement-breakpoint
ALTER TABLE "task" DROP CONSTRAINT IF EXISTS "task_reminders_need_date";--> statement-breakpoint
ALTER TABLE "task" DROP COLUMN IF EXISTS "reminders";--> statement-breakpoint
DROP TYPE IF EXISTS "public"."reminder_state";
