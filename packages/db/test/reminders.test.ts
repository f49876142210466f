import { randomUUID } from "node:crypto";
import { instantOf, type PlainDate, type WallTime } from "@todo/dates";
import { createTestDatabase, type TestDatabase } from "@todo/test-support/test-database";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase, type DatabaseHandle } from "../src/client";
import { migrateUp } from "../src/migrate";
import { claimDueReminders, settleReminder } from "../src/reminders";
import { createSettings, updateSettings } from "../src/settings";
import { completeTask, createTask, updateTask } from "../src/tasks";
import { createUser } from "./create-user";
import { queryRows } from "./query-rows";

interface Scheduled {
  minutes: number;
  due: string;
  at: string;
  state: string;
}

/** A day well ahead, so that every reminder of these tests is still to come. */
const AHEAD = "2030-06-10";

describe("reminders on PostgreSQL", () => {
  let database: TestDatabase;
  let handle: DatabaseHandle;
  const db = () => handle.db;

  beforeAll(async () => {
    database = await createTestDatabase();
    handle = createDatabase({ url: database.url, poolMax: 12 });
    await migrateUp(handle);
  });
  afterAll(async () => {
    await handle?.close();
    await database?.drop();
  });

  async function userIn(timeZone: string) {
    const userId = await createUser(db());
    await createSettings(db(), userId);
    await updateSettings(db(), userId, { timeZone });
    return userId;
  }

  const scheduled = (taskId: number) =>
    queryRows<Scheduled>(
      db(),
      sql`select minutes_before as minutes, due_date::text as due, to_char(fire_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI') as at, state::text as state
        from reminder where task_id = ${taskId} order by fire_at`,
    );

  it("schedules each reminder at the due instant in the user's zone, 09:00 for a date-only task", async () => {
    const userId = await userIn("Europe/Berlin");
    const timed = await createTask(db(), userId, {
      title: "Timed",
      dueDate: AHEAD,
      dueTime: "14:30",
      reminders: [{ minutesBefore: 60 }, { minutesBefore: 0 }],
    });
    expect(timed.reminders).toEqual([0, 60]);
    expect(await scheduled(timed.id)).toEqual([
      { minutes: 60, due: AHEAD, at: "2030-06-10T11:30", state: "pending" },
      { minutes: 0, due: AHEAD, at: "2030-06-10T12:30", state: "pending" },
    ]);
    const allDay = await createTask(db(), userId, {
      title: "All day",
      dueDate: AHEAD,
      reminders: [{ minutesBefore: 1440 }],
    });
    expect(await scheduled(allDay.id)).toEqual([
      { minutes: 1440, due: AHEAD, at: "2030-06-09T07:00", state: "pending" },
    ]);
  });

  it("reads a wall-clock time the zone repeats or skips as the app does (instantOf): the earlier of a repeated one", async () => {
    // Every quarter hour of each day a zone changes its offset in 2031: an hour back and forward, half an hour (Lord
    // Howe), at midnight (Santiago), south of the equator (Chatham's 45-minute offset), and a zone without changes.
    const zones = [
      "America/New_York",
      "Europe/Berlin",
      "Australia/Lord_Howe",
      "America/Santiago",
      "Pacific/Chatham",
      "Asia/Kolkata",
    ];
    const offset = (zone: string, at: number) =>
      new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" }).format(at).split("GMT")[1];
    const samples: { zone: string; date: PlainDate; time: WallTime }[] = [];
    for (const zone of zones)
      for (let day = Date.UTC(2031, 0, 1); day < Date.UTC(2032, 0, 1); day += 86_400_000) {
        const date = new Date(day).toISOString().slice(0, 10) as PlainDate;
        if (offset(zone, day - 86_400_000) === offset(zone, day + 2 * 86_400_000) && zone !== "Asia/Kolkata") continue;
        if (zone === "Asia/Kolkata" && !date.endsWith("-01")) continue;
        for (let minute = 0; minute < 1440; minute += 15) {
          const time =
            `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}` as WallTime;
          samples.push({ zone, date, time });
        }
      }
    expect(samples.length).toBeGreaterThan(2000);
    const rows = await queryRows<{ i: number; at: string }>(
      db(),
      sql`select s.i, to_char(wall_clock_instant((s.date || ' ' || s.time)::timestamp, s.zone) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI') as at
        from jsonb_to_recordset(${JSON.stringify(samples.map((sample, i) => ({ i, ...sample })))}::jsonb) as s(i int, zone text, date text, time text)
        order by s.i`,
    );
    const differing = rows
      .map(({ i, at }) => ({
        ...(samples[i] as (typeof samples)[number]),
        database: at,
        app: instantOf(samples[i]?.date as PlainDate, samples[i]?.time as WallTime, samples[i]?.zone as string)
          .toISOString()
          .slice(0, 16),
      }))
      .filter((row) => row.database !== row.app);
    expect(differing).toEqual([]);

    // The reminder itself, at 01:30 on the night New York goes back: 05:30Z (EDT), not 06:30Z (EST).
    const userId = await userIn("America/New_York");
    const task = await createTask(db(), userId, {
      title: "Fall back",
      dueDate: "2031-11-02",
      dueTime: "01:30",
      reminders: [{ minutesBefore: 0 }],
    });
    expect((await scheduled(task.id)).map((r) => r.at)).toEqual(["2031-11-02T05:30"]);
  });

  it("moves them with the due date, time, reminders and time zone, and drops them with the date or a completion", async () => {
    const userId = await userIn("UTC");
    const created = await createTask(db(), userId, {
      title: "Moves",
      dueDate: AHEAD,
      reminders: [{ minutesBefore: 10 }],
    });
    const target = { userId, id: created.id };
    await updateTask(db(), target, { dueDate: "2030-06-11", dueTime: "08:00" });
    expect(await scheduled(created.id)).toEqual([
      { minutes: 10, due: "2030-06-11", at: "2030-06-11T07:50", state: "pending" },
    ]);
    await updateSettings(db(), userId, { timeZone: "America/New_York" });
    expect((await scheduled(created.id)).map((r) => r.at)).toEqual(["2030-06-11T11:50"]);
    await updateTask(db(), target, { reminders: [{ minutesBefore: 0 }] });
    expect((await scheduled(created.id)).map((r) => r.at)).toEqual(["2030-06-11T12:00"]);
    await completeTask(db(), target, true);
    expect(await scheduled(created.id)).toEqual([]);
    await completeTask(db(), target, false);
    expect((await scheduled(created.id)).map((r) => r.at)).toEqual(["2030-06-11T12:00"]);
    const cleared = await updateTask(db(), target, { dueDate: null });
    expect([cleared.reminders, await scheduled(created.id)]).toEqual([[], []]);
  });

  it("schedules the next occurrence's reminder when a recurring task is completed, keeping the sent one", async () => {
    const userId = await userIn("UTC");
    const created = await createTask(db(), userId, {
      title: "Daily",
      dueDate: AHEAD,
      dueTime: "09:00",
      recurrence: { rule: "FREQ=DAILY", from: "due" },
      reminders: [{ minutesBefore: 5 }],
    });
    await db().execute(sql`update reminder set state = 'sent' where task_id = ${created.id}`);
    await completeTask(db(), { userId, id: created.id }, true);
    expect(await scheduled(created.id)).toEqual([
      { minutes: 5, due: AHEAD, at: "2030-06-10T08:55", state: "sent" },
      { minutes: 5, due: "2030-06-11", at: "2030-06-11T08:55", state: "pending" },
    ]);
  });

  it("schedules no reminder whose instant has passed", async () => {
    const userId = await userIn("UTC");
    const created = await createTask(db(), userId, {
      title: "Past",
      dueDate: "2020-01-01",
      reminders: [{ minutesBefore: 0 }],
    });
    expect([created.reminders, await scheduled(created.id)]).toEqual([[0], []]);
  });

  /** Tasks whose reminders are made due now (their instants moved into the last minute). */
  async function dueReminders(count: number): Promise<number[]> {
    const userId = await userIn("UTC");
    const ids: number[] = [];
    for (let i = 0; i < count; i++) {
      const created = await createTask(db(), userId, {
        title: `Due ${i}`,
        dueDate: AHEAD,
        reminders: [{ minutesBefore: 0 }],
      });
      ids.push(created.id);
    }
    const rows = await queryRows<{ id: string }>(
      db(),
      sql`update reminder set fire_at = now() - interval '1 minute', next_attempt_at = now() - interval '1 minute'
        where task_id = any(${`{${ids.join(",")}}`}::integer[]) returning id`,
    );
    return rows.map((row) => Number(row.id));
  }

  it("hands each due reminder to exactly one of many concurrent dispatchers", async () => {
    const due = new Set(await dueReminders(120));
    const claims = await Promise.all(
      Array.from({ length: 10 }, async () => {
        const token = randomUUID();
        const mine: number[] = [];
        for (;;) {
          const batch = await claimDueReminders(db(), { token, leaseSeconds: 300, limit: 7 });
          const ours = batch.filter((r) => due.has(r.id));
          mine.push(...ours.map((r) => r.id));
          for (const r of ours) expect(await settleReminder(db(), token, { id: r.id, state: "sent" })).toBe(true);
          if (batch.length === 0) return mine;
        }
      }),
    );
    const all = claims.flat();
    expect(all.length).toBe(due.size);
    expect(new Set(all)).toEqual(due);
    // Several dispatchers took part.
    expect(claims.filter((mine) => mine.length > 0).length).toBeGreaterThan(1);
  });

  it("keeps a claimed reminder from others until its lease lapses; a stale claim settles nothing", async () => {
    const [id] = await dueReminders(1);
    const first = randomUUID();
    const claimed = await claimDueReminders(db(), { token: first, leaseSeconds: 1, limit: 1000 });
    expect(claimed.filter((r) => r.id === id).map((r) => r.attempts)).toEqual([1]);
    expect(
      (await claimDueReminders(db(), { token: randomUUID(), leaseSeconds: 1, limit: 1000 })).some((r) => r.id === id),
    ).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const second = randomUUID();
    const again = await claimDueReminders(db(), { token: second, leaseSeconds: 300, limit: 1000 });
    expect(again.filter((r) => r.id === id).map((r) => r.attempts)).toEqual([2]);
    expect(await settleReminder(db(), first, { id: id as number, state: "sent" })).toBe(false);
    expect(
      await settleReminder(db(), second, { id: id as number, state: "retry", retryInSeconds: 60, deliveredTo: [7] }),
    ).toBe(true);
    expect(
      (await claimDueReminders(db(), { token: randomUUID(), leaseSeconds: 1, limit: 1000 })).some((r) => r.id === id),
    ).toBe(false);
    const [row] = await queryRows<{ state: string; later: boolean; delivered: number[] }>(
      db(),
      sql`select state::text, next_attempt_at > now() + interval '50 seconds' as later, delivered_to as delivered from reminder where id = ${id}`,
    );
    expect(row).toEqual({ state: "pending", later: true, delivered: [7] });
  });

  it("still claims a reminder 23 hours late", async () => {
    const [id] = await dueReminders(1);
    await db().execute(sql`update reminder set fire_at = now() - interval '23 hours' where id = ${id}`);
    const claimed = await claimDueReminders(db(), { token: randomUUID(), leaseSeconds: 60, limit: 1000 });
    expect(claimed.filter((r) => r.id === id).map((r) => r.lateSeconds > 23 * 3600 - 60)).toEqual([true]);
  });

  it("keeps a reminder waiting to retry through an edit that leaves its instant, and drops it when the instant moves", async () => {
    const userId = await userIn("UTC");
    // Due an hour ago: its reminder's first attempt failed, and it waits for the next.
    const hourAgo = new Date(Date.now() - 3600_000).toISOString();
    const created = await createTask(db(), userId, {
      title: "Retrying",
      dueDate: hourAgo.slice(0, 10),
      dueTime: hourAgo.slice(11, 16),
      reminders: [{ minutesBefore: 0 }],
    });
    const fireAt = `${hourAgo.slice(0, 16)}:00Z`;
    await db().execute(sql`
      insert into reminder (task_id, user_id, minutes_before, due_date, fire_at, next_attempt_at, attempts, delivered_to)
      values (${created.id}, ${userId}, 0, ${hourAgo.slice(0, 10)}, ${fireAt}, now() + interval '1 minute', 2, '{7}')`);
    const retrying = () =>
      queryRows<{ attempts: number; delivered: number[] }>(
        db(),
        sql`select attempts, delivered_to as delivered from reminder where task_id = ${created.id} and state = 'pending'`,
      );
    const target = { userId, id: created.id };
    await updateTask(db(), target, { reminders: [{ minutesBefore: 0 }, { minutesBefore: 30 }] });
    expect(await retrying()).toEqual([{ attempts: 2, delivered: [7] }]);
    await updateTask(db(), target, { dueDate: AHEAD });
    expect(await retrying()).toEqual([
      { attempts: 0, delivered: [] },
      { attempts: 0, delivered: [] },
    ]);
    expect((await scheduled(created.id)).map((r) => [r.minutes, r.due])).toEqual([
      [30, AHEAD],
      [0, AHEAD],
    ]);
  });

  it("expires, unsent, a reminder more than 24 hours late", async () => {
    const [id] = await dueReminders(1);
    await db().execute(sql`update reminder set fire_at = now() - interval '25 hours' where id = ${id}`);
    const claimed = await claimDueReminders(db(), { token: randomUUID(), leaseSeconds: 60, limit: 1000 });
    expect(claimed.some((r) => r.id === id)).toBe(false);
    const [row] = await queryRows<{ state: string }>(db(), sql`select state::text from reminder where id = ${id}`);
    expect(row).toEqual({ state: "expired" });
  });
});
