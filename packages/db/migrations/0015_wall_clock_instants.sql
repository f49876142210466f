-- A wall-clock time in a zone as one instant, as @todo/dates' instantOf reads it (decision 020): a time the zone
-- repeats (the hour clocks go back) is its earlier instant, one it skips (the hour they go forward) is read with the
-- offset before the change. `AT TIME ZONE` alone takes the later of a repeated time, so a reminder at 01:30 on the
-- night New York goes back fired an hour after the app showed the task due.
CREATE FUNCTION wall_clock_instant(wall timestamp, zone text) RETURNS timestamptz LANGUAGE sql STABLE STRICT AS $$
  SELECT coalesce(
    (SELECT min(c) FROM unnest(ARRAY[utc.w - o.offset_before, utc.w - o.offset_after]) AS c WHERE (c AT TIME ZONE zone) = wall),
    utc.w - o.offset_before)
  FROM (SELECT wall AT TIME ZONE 'UTC' AS w) AS utc,
  LATERAL (
    SELECT ((utc.w - interval '1 day') AT TIME ZONE zone) - ((utc.w - interval '1 day') AT TIME ZONE 'UTC') AS offset_before,
      ((utc.w + interval '1 day') AT TIME ZONE zone) - ((utc.w + interval '1 day') AT TIME ZONE 'UTC') AS offset_after
  ) AS o
$$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION reminder_instants(task_id integer)
RETURNS TABLE (user_id uuid, minutes_before integer, due_date date, fire_at timestamptz) LANGUAGE sql STABLE AS $$
  SELECT t."user_id", m.minutes, t."due_date",
    wall_clock_instant(t."due_date" + coalesce(t."due_time", time '09:00'), coalesce(s."time_zone", 'UTC'))
      - make_interval(mins => m.minutes)
  FROM "task" t
  LEFT JOIN "user_settings" s ON s."user_id" = t."user_id"
  CROSS JOIN LATERAL unnest(t."reminders") AS m(minutes)
  WHERE t."id" = reminder_instants.task_id AND NOT t."completed" AND t."due_date" IS NOT NULL
$$;--> statement-breakpoint
-- Reminders waiting at a repeated wall-clock time move to its earlier instant; every other one stays as it is.
SELECT reminder_schedule(t."id") FROM "task" t
WHERE cardinality(t."reminders") > 0 AND NOT t."completed" AND t."due_date" IS NOT NULL;
