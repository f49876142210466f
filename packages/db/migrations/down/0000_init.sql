-- Rolls back 0000_init: drops every table, then the enum they use.
DROP TABLE IF EXISTS "task";--> statement-breakpoint
DROP TABLE IF EXISTS "verification";--> statement-breakpoint
DROP TABLE IF EXISTS "session";--> statement-breakpoint
DROP TABLE IF EXISTS "account";--> statement-breakpoint
DROP TABLE IF EXISTS "jwks";--> statement-breakpoint
DROP TABLE IF EXISTS "user";--> statement-breakpoint
DROP TYPE IF EXISTS "public"."task_priority";
