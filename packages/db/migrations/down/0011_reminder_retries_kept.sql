-- Rolls back 0011_reminder_retries_kept: reminder_schedule as 0009 made it (every pending row replaced on each
-- change, a past one waiting to retry dropped), and its helper goes.
CREATE OR REPLACE FUNCTION reminder_schedule(task_id integer) RETURNS void LANGUAGE plpgsql AS $$
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
DROP FUNCTION IF EXISTS reminder_instants(integer);
