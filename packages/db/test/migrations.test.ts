import { createTestDatabase, type TestDatabase } from "@todo/test-support/test-database";
import { sql } from "drizzle-orm";
import { generateKeyBetween } from "fractional-indexing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ChangesGoneError, listChanges } from "../src/changes";
import { createDatabase, type DatabaseHandle } from "../src/client";
import { migrateDown, migrateUp } from "../src/migrate";
import {
  emptySchema,
  expectedRoundTrip,
  migratedOutline,
  migrateUpToBefore,
  migrationRoundTrip,
  migrationTags,
} from "./migration-round-trip";
import { queryRows } from "./query-rows";
import { captureSchema, outline, type SchemaSnapshot } from "./schema-snapshot";

describe("migrations on PostgreSQL", () => {
  let database: TestDatabase;
  let handle: DatabaseHandle;

  // A never-migrated database for every test: cheap on a real server.
  beforeEach(async () => {
    database = await createTestDatabase();
    handle = createDatabase({ url: database.url });
  });
  afterEach(async () => {
    await handle.close();
    await database.drop();
  });

  it("rolls back nothing on a never-migrated database and returns null", async () => {
    expect(await migrateDown(handle)).toBeNull();
    expect(await captureSchema(handle.db)).toEqual(emptySchema);
  });

  it("migrates up one migration at a time, rolls each back to exactly the schema before it, and migrates up again", async () => {
    const trip = await migrationRoundTrip(handle);
    expect([trip.stages[0], outline(trip.stages.at(-1) as SchemaSnapshot)]).toEqual([emptySchema, migratedOutline]);
    expect(trip).toEqual(expectedRoundTrip(trip.stages));
  });

  it("applies nothing twice: a second migrateUp leaves the schema as it was", async () => {
    await migrateUp(handle);
    const once = await captureSchema(handle.db);
    await migrateUp(handle);
    expect(await captureSchema(handle.db)).toEqual(once);
  });

  it("rolls back only what was applied: once every migration is undone, migrateDown returns null", async () => {
    await migrateUp(handle);
    const tags = [];
    for (let i = 0; i <= migrationTags.length; i++) tags.push(await migrateDown(handle));
    expect(tags).toEqual([...migrationTags].reverse().concat([null as never]));
    expect(await captureSchema(handle.db)).toEqual(emptySchema);
  });

  it("0005_tags normalizes existing tags without losing a word, and its rollback keeps them as normalized", async () => {
    await migrateUpToBefore(handle, "0005_tags");
    const ann = "00000000-0000-4000-8000-000000000001";
    await handle.db.execute(sql`insert into "user" (id, name, email) values (${ann}, 'Ann', 'ann@example.test')`);
    await handle.db.execute(
      sql`insert into list (user_id, name, is_inbox, position) values (${ann}, 'Inbox', true, 'a0')`,
    );
    const before: [string, string[]][] = [
      ["untouched", ["home", "Work"]],
      ["no tags", []],
      ["a leading #", ["#hash", "##deep", "c#"]],
      ["equal but for case", ["ok", "OK", "Ok", "work"]],
      ["equal after the #", ["#Ärger", "ärger"]],
      ["whitespace inside", ["a b  c", "tab\there", "no\u00a0break", "#x #y"]],
      ["only #s", ["#", "##", "kept"]],
      ["splitting would pass 10", ["a b", "c d", "e f", "g h", "i j", "k"]],
      ["Greek case", ["ΣΑΣ", "σας", "σασ"]],
    ];
    for (const [title, tags] of before)
      await handle.db.execute(
        sql`insert into task (user_id, list_id, title, tags) select ${ann}, id, ${title}, ${sql.param(tags)}::text[] from list`,
      );
    const read = () => queryRows(handle.db, sql`select title, tags from task order by id`);
    // Through 0005_tags only, so that it is the one rolled back.
    await migrateUpToBefore(handle, "0006_positions");
    const after = [
      { title: "untouched", tags: ["home", "Work"] },
      { title: "no tags", tags: [] },
      { title: "a leading #", tags: ["hash", "deep", "c#"] },
      { title: "equal but for case", tags: ["ok", "work"] },
      { title: "equal after the #", tags: ["Ärger"] },
      { title: "whitespace inside", tags: ["a", "b", "c", "tab", "here", "no", "break", "x", "y"] },
      { title: "only #s", tags: ["kept"] },
      { title: "splitting would pass 10", tags: ["a-b", "c-d", "e-f", "g-h", "i-j", "k"] },
      // PostgreSQL's lower() makes ΣΑΣ σασ, so it and σασ are one tag, σας another.
      { title: "Greek case", tags: ["ΣΑΣ", "σας"] },
    ];
    expect(await read()).toEqual(after);
    expect(await migrateDown(handle)).toBe("0005_tags");
    expect(await read()).toEqual(after);
  });

  it("0007_dates_and_recurrence gives every existing user the default settings, and every task no time nor recurrence", async () => {
    await migrateUpToBefore(handle, "0007_dates_and_recurrence");
    const ann = "00000000-0000-4000-8000-000000000001";
    await handle.db.execute(sql`insert into "user" (id, name, email) values (${ann}, 'Ann', 'ann@example.test')`);
    await handle.db.execute(
      sql`insert into list (user_id, name, is_inbox, position) values (${ann}, 'Inbox', true, 'a0')`,
    );
    await handle.db.execute(
      sql`insert into task (user_id, list_id, title, due_date, position) select ${ann}, id, 'Pay rent', '2026-12-01', 'a0' from list`,
    );
    await migrateUp(handle);
    expect(await queryRows(handle.db, sql`select user_id, time_zone from user_settings`)).toEqual([
      { user_id: ann, time_zone: "UTC" },
    ]);
    expect(
      await queryRows(
        handle.db,
        sql`select due_date, due_time, recurrence_rule, recurrence_from, series_occurrence from task`,
      ),
    ).toEqual([
      { due_date: "2026-12-01", due_time: null, recurrence_rule: null, recurrence_from: null, series_occurrence: 1 },
    ]);
  });

  it("0004_lists gives every existing user an Inbox and puts every task into its owner's Inbox", async () => {
    await migrateUpToBefore(handle, "0004_lists");
    await handle.db.execute(
      sql`insert into "user" (id, name, email) values
            ('00000000-0000-4000-8000-000000000001', 'Ann', 'ann@example.test'),
            ('00000000-0000-4000-8000-000000000002', 'Bob', 'bob@example.test'),
            ('00000000-0000-4000-8000-000000000003', 'Cat', 'cat@example.test')`,
    );
    await handle.db.execute(
      sql`insert into task (user_id, title) values
            ('00000000-0000-4000-8000-000000000001', 'a1'), ('00000000-0000-4000-8000-000000000001', 'a2'),
            ('00000000-0000-4000-8000-000000000002', 'b1')`,
    );
    await migrateUp(handle);
    const lists = await queryRows(
      handle.db,
      sql`select u.name as owner, l.name, l.color, l.is_inbox, l.position from list l join "user" u on u.id = l.user_id order by 1`,
    );
    const tasks = await queryRows(
      handle.db,
      sql`select t.title, l.is_inbox, l.user_id = t.user_id as owners_list from task t join list l on l.id = t.list_id order by 1`,
    );
    const inbox = { name: "Inbox", color: null, is_inbox: true, position: "a0" };
    expect({ lists, tasks }).toEqual({
      lists: [
        { owner: "Ann", ...inbox },
        { owner: "Bob", ...inbox },
        { owner: "Cat", ...inbox },
      ],
      tasks: [
        { title: "a1", is_inbox: true, owners_list: true },
        { title: "a2", is_inbox: true, owners_list: true },
        { title: "b1", is_inbox: true, owners_list: true },
      ],
    });
  });

  it("0014_canonical_text_keys renames a user's list whose name differs from another's only in how an accent was typed, and keys tags and texts anew", async () => {
    await migrateUpToBefore(handle, "0014_canonical_text_keys");
    const [ann, bob] = ["00000000-0000-4000-8000-000000000001", "00000000-0000-4000-8000-000000000002"];
    const [composed, decomposed] = ["Café", "Cafe\u0301"];
    await handle.db.execute(
      sql`insert into "user" (id, name, email) values (${ann}, 'Ann', 'ann@example.test'), (${bob}, 'Bob', 'bob@example.test')`,
    );
    const [first, second] = await queryRows<{ id: number }>(
      handle.db,
      sql`insert into list (user_id, name, position) values
            (${ann}, ${composed}, 'a1'), (${ann}, ${decomposed.toLowerCase()}, 'a2'), (${bob}, ${decomposed}, 'a1')
          returning id`,
    );
    await handle.db.execute(
      sql`insert into task (user_id, list_id, position, title, tags)
          values (${ann}, ${first?.id}, 'a0', ${`${decomposed} au lait`}, array[${decomposed}])`,
    );
    await migrateUp(handle);

    const lists = await queryRows(handle.db, sql`select user_id, name from list order by id`);
    expect(lists).toEqual([
      { user_id: ann, name: composed },
      { user_id: ann, name: `${decomposed.toLowerCase()} (${second?.id})` },
      { user_id: bob, name: decomposed },
    ]);
    const [keys] = await queryRows(handle.db, sql`select tags, tag_keys, search_title from task`);
    expect(keys).toEqual({ tags: [decomposed], tag_keys: ["café"], search_title: "café au lait" });
    await expect(
      handle.db.execute(sql`insert into list (user_id, name, position) values (${bob}, 'CAFÉ', 'a2')`),
    ).rejects.toThrow();
  });

  it("0006_positions gives existing tasks valid keys per list, newest first, and no parents", async () => {
    await migrateUpToBefore(handle, "0006_positions");
    await handle.db.execute(
      sql`insert into "user" (id, name, email) values
            ('00000000-0000-4000-8000-000000000001', 'Ann', 'ann@example.test'),
            ('00000000-0000-4000-8000-000000000002', 'Bob', 'bob@example.test')`,
    );
    await handle.db.execute(
      sql`insert into list (user_id, name, is_inbox, position)
            select id, 'Inbox', true, 'a0' from "user"`,
    );
    // Ann's 70 tasks pass the 62 a digit holds; created a minute apart, the last two at the same instant.
    await handle.db.execute(
      sql`insert into task (user_id, list_id, title, created_at)
            select l.user_id, l.id, 'a' || g, timestamptz '2026-01-01' + least(g, 69) * interval '1 minute'
            from list l, generate_series(1, 70) g where l.user_id = '00000000-0000-4000-8000-000000000001'
          union all
            select l.user_id, l.id, 'b1', now() from list l where l.user_id = '00000000-0000-4000-8000-000000000002'`,
    );
    await migrateUp(handle);
    const rows = await queryRows<{ title: string; position: string; parent_id: number | null; user_id: string }>(
      handle.db,
      sql`select title, position, parent_id, user_id from task order by user_id, position`,
    );
    const ann = rows.filter((row) => row.title.startsWith("a"));
    const newestFirst = Array.from({ length: 70 }, (_, i) => `a${70 - i}`);
    expect({
      ann: ann.map((row) => row.title),
      first: ann.slice(0, 3).map((row) => row.position),
      bob: rows.filter((row) => row.title === "b1").map((row) => row.position),
      parents: rows.filter((row) => row.parent_id !== null),
    }).toEqual({ ann: newestFirst, first: ["d0000", "d0001", "d0002"], bob: ["d0000"], parents: [] });
    // Each key is one fractional-indexing accepts, and a new one fits before, between and after them.
    const keys = ann.map((row) => row.position);
    expect(keys.slice(60, 64)).toEqual(["d000y", "d000z", "d0010", "d0011"]);
    expect(generateKeyBetween(null, keys[0] ?? null) < (keys[0] ?? "")).toBe(true);
    for (let i = 1; i < keys.length; i++) {
      const between = generateKeyBetween(keys[i - 1] ?? null, keys[i] ?? null);
      expect(between > (keys[i - 1] ?? "") && between < (keys[i] ?? "")).toBe(true);
    }
  });

  it("0008_change_log starts existing users' logs as pruned, so that a client lists afresh, and logs every write after", async () => {
    await migrateUpToBefore(handle, "0008_change_log");
    const ann = "00000000-0000-4000-8000-000000000001";
    await handle.db.execute(sql`insert into "user" (id, name, email) values (${ann}, 'Ann', 'ann@example.test')`);
    await handle.db.execute(
      sql`insert into list (user_id, name, is_inbox, position) values (${ann}, 'Inbox', true, 'a0')`,
    );
    await handle.db.execute(
      sql`insert into task (user_id, list_id, title, position) select ${ann}, id, 'old', 'a0' from list`,
    );
    await migrateUp(handle);
    await expect(listChanges(handle.db, ann, { since: 0, limit: 10 })).rejects.toStrictEqual(
      new ChangesGoneError(0, 1),
    );
    expect(await listChanges(handle.db, ann, { since: 1, limit: 10 })).toEqual({
      changes: [],
      next: 1,
      hasMore: false,
    });
    await handle.db.execute(sql`update task set title = 'new'`);
    const { changes } = await listChanges(handle.db, ann, { since: 1, limit: 10 });
    expect(changes.map((change) => [change.seq, change.type, change.task?.title])).toEqual([
      [2, "task.updated", "new"],
    ]);
  });
});
