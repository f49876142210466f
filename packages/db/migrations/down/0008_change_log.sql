-- Rolls back 0008_change_log: the log, the feeds and the stream registry go; tasks and lists stay as they are.
DROP TRIGGER IF EXISTS "settings_change_log" ON "user_settings";--> statement-breakpoint
DROP TRIGGER IF EXISTS "list_change_log" ON "list";--> statement-breakpoint
DROP TRIGGER IF EXISTS "task_change_log" ON "task";--> statement-breakpoint
DROP FUNCTION IF EXISTS settings_change_log();--> statement-breakpoint
DROP FUNCTION IF EXISTS list_change_log();--> statement-breakpoint
DROP FUNCTION IF EXISTS task_change_log();--> statement-breakpoint
DROP FUNCTION IF EXISTS change_log_record(uuid, change_type, integer, boolean);--> statement-breakpoint
DROP FUNCTION IF EXISTS change_log_append(uuid, change_type, integer);--> statement-breakpoint
DROP TABLE IF EXISTS "change_stream";--> statement-breakpoint
DROP TABLE IF EXISTS "change";--> statement-breakpoint
DROP TABLE IF EXISTS "change_feed";--> statement-breakpoint
DROP TYPE IF EXISTS "public"."change_type";
