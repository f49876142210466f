-- Rolls back 0015_wall_clock_instants: a repeated wall-clock time is its later instant again, as AT TIME ZONE reads it.
CREATE OR REPLACE FUNCTION reminder_instants(task_id integer)
RETURNS TABLE (user_id uuid, minutes_before integer, due_date date, fire_at timestamptz) LANGUAGE sql STABLE AS $$
  SELECT t."user_id", m.minutes, t."due_date",
    ((t."due_date" + coalesce(t."due_time", time '09:00')) AT TIME ZONE coalesce(s."time_zone", 'UTC'))
      - make_interval(mins => m.minutes)
  FROM "task" t
  LEFT JOIN "user_settings" s ON s."user_id" = t."user_id"
  CROSS JOIN LATERAL unnest(t."reminders") AS m(minutes)
  WHERE t."id" = reminder_instants.task_id AND NOT t."completed" AND t."due_date" IS NOT NULL
$$;--> statement-breakpoint
SELECT reminder_schedule(t."id") FROM "task" t
WHERE cardinality(t."reminders") > 0 AND NOT t."completed" AND t."due_date" IS NOT NULL;--> statement-breakpoint
DROP FUNCTION IF EXISTS wall_clock_instant(timestamp, text);
