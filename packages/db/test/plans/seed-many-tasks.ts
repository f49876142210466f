import type pg from "pg";

/** A distinct fractional-indexing key per row number `g` (below 2^20), in an order unlike the ids': 'e' and five hex digits. */
export const SCRAMBLED_POSITION = "'e' || lpad(to_hex((g * 7919) % 1048576), 5, '0')";

/**
 * `users` users with `perUser` varied tasks each (titles, descriptions, tags, priorities, due dates,
 * some undated), interleaved on disk as real traffic leaves them, some with subtasks, then VACUUM ANALYZE, so that the
 * planner sees true statistics and a visibility map, as autovacuum would leave them. Returns the user ids.
 */
export async function seedManyTasks(client: pg.Pool, users: number, perUser: number): Promise<string[]> {
  const inserted = await client.query<{ id: string }>(
    `INSERT INTO "user" (name, email, email_verified)
     SELECT 'Plan user ' || g, 'plan-' || g || '-' || gen_random_uuid() || '@example.test', true
     FROM generate_series(1, $1::int) g RETURNING id`,
    [users],
  );
  const userIds = inserted.rows.map((row) => row.id);
  // Each user's Inbox, as sign-up makes it, and a second list, so that a list holds only some of the tasks.
  await client.query(
    `INSERT INTO list (user_id, name, is_inbox, position)
     SELECT u, l.name, l.is_inbox, l.position FROM unnest($1::uuid[]) u
       CROSS JOIN (VALUES ('Inbox', true, 'a0'), ('Work', false, 'a1')) l(name, is_inbox, position)`,
    [userIds],
  );
  // Attributes come from a hash of the row number, so that no user's tasks share a pattern.
  await client.query(
    `INSERT INTO task (user_id, list_id, position, title, description, completed, priority, tags, due_date, created_at, updated_at)
     SELECT ($1::uuid[])[1 + g % $2::int],
       (SELECT id FROM list WHERE user_id = ($1::uuid[])[1 + g % $2::int] AND is_inbox = (h % 3 > 0)),
       ${SCRAMBLED_POSITION},
       w.verbs[1 + h % 7] || ' the ' || w.nouns[1 + (h / 7) % 11] || ' ' || g,
       CASE WHEN (h / 77) % 3 = 0 THEN '' ELSE 'Remember the ' || w.nouns[1 + (h / 231) % 11] END,
       (h / 2541) % 5 < 2,
       (ARRAY['none', 'low', 'medium', 'high']::task_priority[])[1 + (h / 12705) % 4],
       (ARRAY[w.tags[1 + (h / 50820) % 6], w.tags[1 + (h / 304920) % 6]])[1:(h / 1829520) % 3],
       CASE WHEN (h / 5488560) % 4 = 0 THEN NULL ELSE DATE '2026-01-01' + (h / 21954240) % 97 END,
       TIMESTAMPTZ '2025-01-01' + g * INTERVAL '1 minute',
       TIMESTAMPTZ '2025-01-01' + g * INTERVAL '1 minute' + (h % 100000) * INTERVAL '1 second'
     FROM generate_series(0, $2::int * $3::int - 1) g
       CROSS JOIN LATERAL (SELECT abs(hashint4(g)) AS h) r
       CROSS JOIN (SELECT ARRAY['Call', 'Buy', 'Fix', 'Write', 'Plan', 'Book', 'Pay'] AS verbs,
         ARRAY['dentist', 'invoice', 'garden', 'report', 'car', 'flight', 'taxes', 'gift', 'bank', 'vet', 'lease'] AS nouns,
         ARRAY['work', 'home', 'urgent', 'errand', 'health', 'travel'] AS tags) w`,
    [userIds, users, perUser],
  );
  // Subtasks, as people break tasks down: two under every user's 25th task, the most a task may have under every 500th.
  await client.query(
    `INSERT INTO task (user_id, list_id, parent_id, position, title, completed, created_at, updated_at)
     SELECT p.user_id, p.list_id, p.id, 'b' || lpad(to_hex(s), 2, '0'), 'Step ' || s || ' of ' || p.title, s % 3 = 0,
       p.created_at + s * INTERVAL '1 second', p.created_at + s * INTERVAL '1 second'
     FROM (SELECT *, row_number() OVER (PARTITION BY user_id ORDER BY id) AS n FROM task) p
       CROSS JOIN LATERAL generate_series(1, CASE WHEN p.n % 500 = 1 THEN 100 ELSE 2 END) s
     WHERE p.n % 25 = 1`,
  );
  await client.query("VACUUM ANALYZE list");
  await client.query("VACUUM ANALYZE task");
  return userIds;
}
