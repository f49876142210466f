CREATE TYPE "public"."recurrence_from" AS ENUM('due', 'completion');--> statement-breakpoint
CREATE TABLE "task_completion" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "task_completion_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"task_id" integer NOT NULL,
	"user_id" uuid NOT NULL,
	"due_date" date NOT NULL,
	"due_time" time(0),
	"series_occurrence" integer NOT NULL,
	"completed_subtask_ids" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"completed_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "user_settings" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"time_zone" text DEFAULT 'UTC' NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
DROP INDEX "task_user_due_asc_idx";--> statement-breakpoint
DROP INDEX "task_user_due_desc_idx";--> statement-breakpoint
ALTER TABLE "task" ADD COLUMN "due_time" time(0);--> statement-breakpoint
ALTER TABLE "task" ADD COLUMN "recurrence_rule" text;--> statement-breakpoint
ALTER TABLE "task" ADD COLUMN "recurrence_from" "recurrence_from";--> statement-breakpoint
ALTER TABLE "task" ADD COLUMN "series_occurrence" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "task_completion" ADD CONSTRAINT "task_completion_task_id_task_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."task"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_completion" ADD CONSTRAINT "task_completion_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_settings" ADD CONSTRAINT "user_settings_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Every existing user gets the default settings (UTC), as a new account does.
INSERT INTO "user_settings" ("user_id") SELECT "id" FROM "user";--> statement-breakpoint
CREATE INDEX "task_completion_task_idx" ON "task_completion" USING btree ("task_id","id");--> statement-breakpoint
CREATE INDEX "task_user_due_asc_idx" ON "task" USING btree ("user_id",coalesce("due_date" + "due_time", "due_date" - interval '1 microsecond', 'infinity'::timestamp),"id");--> statement-breakpoint
CREATE INDEX "task_user_due_desc_idx" ON "task" USING btree ("user_id",coalesce("due_date" + "due_time", "due_date" - interval '1 microsecond', '-infinity'::timestamp),"id");--> statement-breakpoint
ALTER TABLE "task" ADD CONSTRAINT "task_due_time_needs_date" CHECK ("task"."due_time" is null or "task"."due_date" is not null);--> statement-breakpoint
ALTER TABLE "task" ADD CONSTRAINT "task_recurrence_needs_date" CHECK (("task"."recurrence_rule" is null) = ("task"."recurrence_from" is null) and ("task"."recurrence_rule" is null or "task"."due_date" is not null));