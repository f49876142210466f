-- A task's reminder instants as its due instant (its date at its time, 09:00 without one, in its owner's zone) and
-- its reminders give them now; none for a completed task or one without a due date.
CREATE FUNCTION reminder_instants(task_id integer)
RETURNS TABLE (user_id uuid, minutes_before integer, due_date date, fire_at timestamptz) LANGUAGE sql STABLE AS $$
  SELECT t."user_id", m.minutes, t."due_date",
    ((t."due_date" + coalesce(t."due_time", time '09:00')) AT TIME ZONE coalesce(s."time_zone", 'UTC'))
      - make_interval(mins => m.minutes)
  FROM "task" t
  LEFT JOIN "user_settings" s ON s."user_id" = t."user_id"
  CROSS JOIN LATERAL unnest(t."reminders") AS m(minutes)
  WHERE t."id" = reminder_instants.task_id AND NOT t."completed" AND t."due_date" IS NOT NULL
$$;--> statement-breakpoint
-- A task's pending reminders brought in line with its instants: a pending row whose instant is still one of them
-- stays as it is (one waiting to retry, or claimed and being sent, keeps its attempts, lease and the subscriptions
-- it reached), the others go; instants still to come and not yet there are added. One already sent at the same
-- instant stays and is not sent again.
CREATE OR REPLACE FUNCTION reminder_schedule(task_id integer) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "reminder" r
  WHERE r."task_id" = reminder_schedule.task_id AND r."state" = 'pending'
    AND NOT EXISTS (
      SELECT FROM reminder_instants(reminder_schedule.task_id) i
      WHERE i.minutes_before = r."minutes_before" AND i.fire_at = r."fire_at"
    );
  INSERT INTO "reminder" ("task_id", "user_id", "minutes_before", "due_date", "fire_at", "next_attempt_at")
  SELECT reminder_schedule.task_id, i.user_id, i.minutes_before, i.due_date, i.fire_at, i.fire_at
  FROM reminder_instants(reminder_schedule.task_id) i
  WHERE i.fire_at > now()
  ON CONFLICT ON CONSTRAINT "reminder_occurrence_unique" DO NOTHING;
END $$;
