CREATE TYPE "public"."reminder_state" AS ENUM('pending', 'sent', 'failed', 'expired');--> statement-breakpoint
CREATE TABLE "push_subscription" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "push_subscription_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"user_id" uuid NOT NULL,
	"endpoint" text NOT NULL,
	"p256dh" text NOT NULL,
	"auth" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "push_subscription_endpoint_unique" UNIQUE("endpoint")
);
--> statement-breakpoint
CREATE TABLE "reminder" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "reminder_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"task_id" integer NOT NULL,
	"user_id" uuid NOT NULL,
	"minutes_before" integer NOT NULL,
	"due_date" date NOT NULL,
	"fire_at" timestamp (3) with time zone NOT NULL,
	"state" "reminder_state" DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp (3) with time zone NOT NULL,
	"lease_until" timestamp (3) with time zone,
	"lease_token" uuid,
	"delivered_to" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"sent_at" timestamp (3) with time zone,
	CONSTRAINT "reminder_occurrence_unique" UNIQUE("task_id","minutes_before","fire_at")
);
--> statement-breakpoint
ALTER TABLE "task" ADD COLUMN "reminders" integer[] DEFAULT '{}'::integer[] NOT NULL;--> statement-breakpoint
ALTER TABLE "push_subscription" ADD CONSTRAINT "push_subscription_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reminder" ADD CONSTRAINT "reminder_task_id_task_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."task"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reminder" ADD CONSTRAINT "reminder_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "push_subscription_user_idx" ON "push_subscription" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "reminder_pending_idx" ON "reminder" USING btree ("next_attempt_at") WHERE "reminder"."state" = 'pending';--> statement-breakpoint
CREATE INDEX "reminder_user_idx" ON "reminder" USING btree ("user_id");--> statement-breakpoint
ALTER TABLE "task" ADD CONSTRAINT "task_reminders_need_date" CHECK (cardinality("task"."reminders") = 0 or "task"."due_date" is not null);--> statement-breakpoint
-- A task's pending reminders, replaced by those its due instant (its date at its time, 09:00 without one, in its
-- owner's zone) and its reminders give now; none for a completed task, none whose instant has passed. One already
-- sent at the same instant stays and is not sent again.
CREATE FUNCTION reminder_schedule(task_id integer) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "reminder" WHERE "reminder"."task_id" = reminder_schedule.task_id AND "state" = 'pending';
  INSERT INTO "reminder" ("task_id", "user_id", "minutes_before", "due_date", "fire_at", "next_attempt_at")
  SELECT t."id", t."user_id", m.minutes, t."due_date", f.at, f.at
  FROM "task" t
  LEFT JOIN "user_settings" s ON s."user_id" = t."user_id"
  CROSS JOIN LATERAL unnest(t."reminders") AS m(minutes)
  CROSS JOIN LATERAL (
    SELECT ((t."due_date" + coalesce(t."due_time", time '09:00')) AT TIME ZONE coalesce(s."time_zone", 'UTC'))
      - make_interval(mins => m.minutes) AS at
  ) f
  WHERE t."id" = reminder_schedule.task_id AND NOT t."completed" AND t."due_date" IS NOT NULL AND f.at > now()
  ON CONFLICT ON CONSTRAINT "reminder_occurrence_unique" DO NOTHING;
END $$;--> statement-breakpoint
-- Every write of a task's due date, time, reminders or completion reschedules its reminders, in the same
-- transaction, whichever statement made it (an edit, a recurring task's completion or its undo).
CREATE FUNCTION task_reminders() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    IF cardinality(NEW."reminders") = 0 THEN RETURN NULL; END IF;
  ELSIF (cardinality(NEW."reminders") = 0 AND cardinality(OLD."reminders") = 0)
      OR (NEW."due_date" IS NOT DISTINCT FROM OLD."due_date" AND NEW."due_time" IS NOT DISTINCT FROM OLD."due_time"
        AND NEW."reminders" = OLD."reminders" AND NEW."completed" = OLD."completed") THEN
    RETURN NULL;
  END IF;
  PERFORM reminder_schedule(NEW."id");
  RETURN NULL;
END $$;--> statement-breakpoint
-- A new time zone moves the instants of all the user's reminders.
CREATE FUNCTION settings_reminders() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND NEW."time_zone" = OLD."time_zone" THEN RETURN NULL; END IF;
  PERFORM reminder_schedule(t."id") FROM "task" t
    WHERE t."user_id" = NEW."user_id" AND cardinality(t."reminders") > 0 AND NOT t."completed";
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "task_reminders" AFTER INSERT OR UPDATE OF "due_date", "due_time", "reminders", "completed" ON "task"
  FOR EACH ROW EXECUTE FUNCTION task_reminders();--> statement-breakpoint
CREATE TRIGGER "settings_reminders" AFTER INSERT OR UPDATE OF "time_zone" ON "user_settings"
  FOR EACH ROW EXECUTE FUNCTION settings_reminders();
