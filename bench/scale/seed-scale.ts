import { SUBTASKS_MAX } from "@todo/contracts";
import { setChangeLog } from "../support/change-log-triggers";
import type { SqlClient } from "../support/sql";

const VERBS =
  "call,email,buy,fix,write,review,plan,book,pay,clean,send,read,check,update,prepare,schedule,cancel,renew,order,return,pick up,drop off,finish,start,organise,print,sign,file,back up,test,deploy,draft,reply to,research,compare,measure,paint,water,walk,cook";
const NOUNS =
  "invoice,dentist,groceries,report,slides,budget,car,bike,passport,insurance,taxes,garden,kitchen,laptop,printer,router,contract,lease,flight,hotel,tickets,birthday,gift,present,meeting,agenda,notes,newsletter,blog post,website,server,database,backup,photos,album,letter,package,parcel,library,books,plants,dog,cat,vet,doctor,pharmacy,gym,class,course,exam,homework,recipe,dinner,lunch,party,wedding,holiday,visa,bank,mortgage";
const TAGS =
  "work,home,errand,urgent,finance,health,family,travel,shopping,reading,garden,car,school,music,sport,kids,pets,admin,ideas,someday";

export interface ScaleSeed {
  rows: number;
  bigUserRows: number;
  users: number;
}

/**
 * Replaces every task with `rows` generated ones: `bigUserId` owns one in ten (interleaved on disk
 * with the others', as real traffic leaves them), `users - 1` new users share the rest. Titles,
 * descriptions, tags, priorities, due dates (30 % undated) and manual positions vary; 5 % of the big user's
 * tasks are subtasks, 100 of them under its first task, whose id is returned. The secondary indexes are
 * dropped for the insert and rebuilt from their own definitions, then VACUUM ANALYZE; the change log's
 * triggers are off for the insert.
 */
export async function seedScale(client: SqlClient, bigUserId: string, seed: ScaleSeed): Promise<{ parentId: number }> {
  const indexes = await client.query<{ indexname: string; indexdef: string }>(
    "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename = 'task' AND indexname <> 'task_pkey'",
  );
  // With what hangs off the tasks (completions, reminders, subtasks).
  await client.query("TRUNCATE task CASCADE");
  for (const { indexname } of indexes.rows) await client.query(`DROP INDEX "${indexname}"`);
  // A million changes would be logged at commit, and no stream reads them: the phase measures reads.
  await setChangeLog(client, false);
  const others = await client.query<{ id: string }>(
    `INSERT INTO "user" (name, email, email_verified)
     SELECT 'Scale user ' || g, 'scale-' || g || '-' || gen_random_uuid() || '@example.test', true
     FROM generate_series(1, $1::int) g RETURNING id`,
    [seed.users - 1],
  );
  const every = Math.round(seed.rows / seed.bigUserRows);
  await client.query("SELECT setseed(0.42)");
  // Every task goes into its owner's Inbox, as one created without a list does.
  await client.query(
    `INSERT INTO list (user_id, name, is_inbox, position) SELECT id, 'Inbox', true, 'a0' FROM "user"
     ON CONFLICT (user_id) WHERE is_inbox DO NOTHING`,
  );
  await client.query(
    `INSERT INTO task (user_id, title, description, completed, priority, tags, due_date, created_at, updated_at, position, list_id)
     SELECT s.*, inbox.id FROM (SELECT CASE WHEN g % $3::int = 0 THEN $1::uuid ELSE ($2::uuid[])[1 + g % cardinality($2::uuid[])] END,
       initcap(v[1 + floor(random() * cardinality(v))::int]) || ' ' || o[1 + floor(random() * cardinality(o))::int]
         || ' ' || (1 + floor(random() * 500)::int),
       CASE WHEN random() < 0.35 THEN '' ELSE 'Remember the ' || o[1 + floor(random() * cardinality(o))::int] || ' and '
         || v[1 + floor(random() * cardinality(v))::int] || ' it before the ' || o[1 + floor(random() * cardinality(o))::int] || '.' END,
       random() < 0.4,
       (ARRAY['none', 'low', 'medium', 'high']::task_priority[])[1 + floor(random() * 4)::int],
       (ARRAY[t[1 + floor(random() * cardinality(t))::int], t[1 + floor(random() * cardinality(t))::int],
         t[1 + floor(random() * cardinality(t))::int]])[1:floor(random() * 4)::int],
       CASE WHEN random() < 0.3 THEN NULL ELSE current_date + (floor(random() * 400)::int - 150) END,
       now() - ($4::int - g) * interval '1 second',
       now() - ($4::int - g) * interval '1 second' + floor(random() * 86400000) * interval '1 millisecond',
       -- A distinct fractional-indexing key per row (g below 2^20), in an order unlike creation's.
       'e' || lpad(to_hex((g::bigint * 7919) % 1048576), 5, '0')
     FROM generate_series(1, $4::int) g,
       (SELECT string_to_array($5, ',') AS v, string_to_array($6, ',') AS o, string_to_array($7, ',') AS t) words
     ) s(owner) JOIN list inbox ON inbox.user_id = s.owner AND inbox.is_inbox`,
    [bigUserId, others.rows.map((row) => row.id), every, seed.rows, VERBS, NOUNS, TAGS],
  );
  // Subtasks, as the big user has them: its first task holds the most a task may (100, the next ones), and one
  // task in twenty after those is a subtask of the one before it.
  await client.query(
    `WITH mine AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM task WHERE user_id = $1)
     UPDATE task SET parent_id = parent.id
     FROM mine child JOIN mine parent ON parent.n = CASE WHEN child.n <= $2 + 1 THEN 1 ELSE child.n - 1 END
     WHERE task.id = child.id AND (child.n BETWEEN 2 AND $2 + 1 OR (child.n > $2 + 1 AND child.n % 20 = 0))`,
    [bigUserId, SUBTASKS_MAX],
  );
  await setChangeLog(client, true);
  await client.query("SET maintenance_work_mem = '256MB'");
  for (const { indexdef } of indexes.rows) await client.query(indexdef);
  await client.query("VACUUM ANALYZE task");
  const parent = await client.query<{ id: number }>(
    "SELECT id FROM task WHERE user_id = $1 AND parent_id IS NULL ORDER BY id LIMIT 1",
    [bigUserId],
  );
  return { parentId: parent.rows[0]?.id ?? Number.NaN };
}
