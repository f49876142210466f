import { createTestDatabase, type TestDatabase } from "@todo/test-support/test-database";
import { eq, sql } from "drizzle-orm";
import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase, type DatabaseHandle } from "../src/client";
import { migrateUp } from "../src/migrate";
import { task } from "../src/schema";
import { updateSettings } from "../src/settings";
import {
  CompletionNotFoundError,
  completeTask,
  createTask,
  getTask,
  listCompletions,
  replaceTask,
  TaskChangedError,
  TaskConflictError,
  undoCompletion,
  updateTask,
} from "../src/tasks";
import { createUser } from "./create-user";
import { waitForLockWaiters } from "./lock-waiters";
import { queryRows } from "./query-rows";

const DAILY = { rule: "FREQ=DAILY", from: "due" as const };
// 10:00 UTC: 11:00 in Berlin, 00:00 the next day in Kiritimati (UTC+14), 23:00 the day before in Pago Pago (UTC-11).
const NOW = new Date("2026-12-01T10:00:00Z");

describe("completions of recurring tasks, on PostgreSQL", () => {
  let database: TestDatabase;
  let handle: DatabaseHandle;
  const db = () => handle.db;

  beforeAll(async () => {
    database = await createTestDatabase();
    handle = createDatabase({ url: database.url, poolMax: 8 });
    await migrateUp(handle);
  });
  afterAll(async () => {
    await handle?.close();
    await database?.drop();
  });

  async function recurring(fields: Partial<Parameters<typeof createTask>[2]> = {}) {
    const userId = await createUser(db());
    const created = await createTask(db(), userId, {
      title: "Water plants",
      dueDate: "2026-11-02",
      recurrence: DAILY,
      ...fields,
    });
    return { userId, created, target: { userId, id: created.id } };
  }

  it("moves a weeks-overdue task to the first occurrence today or later in the user's zone, recording the one completed", async () => {
    const { userId, created, target } = await recurring({ dueTime: "09:00" });
    const outcome = await completeTask(db(), target, undefined, NOW);
    // Without COUNT nothing needs the occurrences stepped over counted: the next is simply the next.
    expect(outcome.task).toMatchObject({
      completed: false,
      dueDate: "2026-12-01",
      dueTime: "09:00:00",
      seriesOccurrence: 2,
    });
    const page = await listCompletions(db(), userId, created.id);
    expect(page.rows).toEqual([
      {
        id: outcome.completionId,
        taskId: created.id,
        userId,
        dueDate: "2026-11-02",
        dueTime: "09:00:00",
        seriesOccurrence: 1,
        completedSubtaskIds: [],
        completedAt: NOW,
      },
    ]);
  });

  it("judges today in the user's time zone: the same task and instant land on different days", async () => {
    const landings: Record<string, string | null> = {};
    for (const timeZone of ["Pacific/Kiritimati", "Europe/Berlin", "Pacific/Pago_Pago"]) {
      const { userId, target } = await recurring();
      await updateSettings(db(), userId, { timeZone });
      landings[timeZone] = (await completeTask(db(), target, undefined, NOW)).task.dueDate;
    }
    expect(landings).toEqual({
      "Pacific/Kiritimati": "2026-12-02",
      "Europe/Berlin": "2026-12-01",
      "Pacific/Pago_Pago": "2026-11-30",
    });
  });

  it("resets the subtasks for the next occurrence, and an undo completes them again and puts the due date back", async () => {
    const { userId, created, target } = await recurring({ dueDate: "2026-12-01" });
    const done = await createTask(db(), userId, { title: "Fill the can", parentId: created.id, completed: true });
    const open = await createTask(db(), userId, { title: "Check the soil", parentId: created.id });
    const outcome = await completeTask(db(), target, undefined, NOW);
    expect(outcome.task).toMatchObject({ dueDate: "2026-12-02", subtasks: { total: 2, completed: 0 } });
    const undone = await undoCompletion(db(), target, outcome.completionId as number);
    expect(undone).toMatchObject({
      dueDate: "2026-12-01",
      completed: false,
      seriesOccurrence: 1,
      subtasks: { total: 2, completed: 1 },
    });
    expect((await getTask(db(), userId, done.id)).completed).toBe(true);
    expect((await getTask(db(), userId, open.id)).completed).toBe(false);
    expect((await listCompletions(db(), userId, created.id)).rows).toEqual([]);
  });

  it("undoes only the latest completion: an older one is a conflict, another task's is not found", async () => {
    const { target } = await recurring({ dueDate: "2026-12-01" });
    const first = await completeTask(db(), target, undefined, NOW);
    const second = await completeTask(db(), target, undefined, NOW);
    const other = await recurring();
    await expect(undoCompletion(db(), target, first.completionId as number)).rejects.toBeInstanceOf(TaskConflictError);
    await expect(undoCompletion(db(), other.target, second.completionId as number)).rejects.toStrictEqual(
      new CompletionNotFoundError(),
    );
    expect((await undoCompletion(db(), target, second.completionId as number)).dueDate).toBe("2026-12-02");
    expect((await undoCompletion(db(), target, first.completionId as number)).dueDate).toBe("2026-12-01");
  });

  it("counts the occurrences an overdue task steps over against COUNT", async () => {
    const { target } = await recurring({
      dueDate: "2026-11-28",
      recurrence: { rule: "FREQ=DAILY;COUNT=5", from: "due" },
    });
    expect((await completeTask(db(), target, undefined, NOW)).task).toMatchObject({
      dueDate: "2026-12-01",
      seriesOccurrence: 4,
    });
    expect((await completeTask(db(), target, undefined, NOW)).task).toMatchObject({
      dueDate: "2026-12-02",
      seriesOccurrence: 5,
    });
    expect((await completeTask(db(), target, undefined, NOW)).task).toMatchObject({
      dueDate: "2026-12-02",
      completed: true,
    });
  });

  it("keeps the series' place through edits of other fields; a new due date or rule starts the series again", async () => {
    const counted = { rule: "FREQ=DAILY;COUNT=5", from: "due" as const };
    const { target } = await recurring({ dueDate: "2026-12-01", recurrence: counted });
    await completeTask(db(), target, undefined, NOW);
    const place = async () => (await getTask(db(), target.userId, target.id)).seriesOccurrence;
    await updateTask(db(), target, { title: "Water the plants" });
    await replaceTask(db(), target, { title: "Water them", dueDate: "2026-12-02", recurrence: counted });
    expect(await place()).toBe(2);
    await updateTask(db(), target, { recurrence: { rule: "FREQ=DAILY;COUNT=3", from: "due" } });
    expect(await place()).toBe(1);
    await completeTask(db(), target, undefined, NOW);
    await updateTask(db(), target, { dueDate: "2026-12-10" });
    expect(await place()).toBe(1);
  });

  it("completes the task for good at the end of its series, keeps its subtasks, and reopens it", async () => {
    const { userId, created, target } = await recurring({
      dueDate: "2026-12-01",
      recurrence: { rule: "FREQ=DAILY;COUNT=2", from: "due" },
    });
    await createTask(db(), userId, { title: "Sub", parentId: created.id, completed: true });
    expect((await completeTask(db(), target, undefined, NOW)).task).toMatchObject({
      dueDate: "2026-12-02",
      completed: false,
    });
    await completeTask(db(), { userId, id: created.id }, undefined, NOW);
    const ended = await getTask(db(), userId, created.id);
    expect(ended).toMatchObject({ dueDate: "2026-12-02", completed: true, seriesOccurrence: 2 });
    const reopened = await completeTask(db(), target, false, NOW);
    expect(reopened).toEqual({
      task: expect.objectContaining({ completed: false, dueDate: "2026-12-02" }),
      completionId: null,
    });
    expect((await listCompletions(db(), userId, created.id)).rows).toHaveLength(2);
  });

  it("pages the completions newest first", async () => {
    const { userId, created, target } = await recurring({ dueDate: "2026-12-01" });
    const ids: number[] = [];
    for (let i = 0; i < 5; i++) ids.push((await completeTask(db(), target, undefined, NOW)).completionId as number);
    const first = await listCompletions(db(), userId, created.id, { limit: 2 });
    const second = await listCompletions(db(), userId, created.id, { limit: 2, cursor: first.nextCursor as string });
    const third = await listCompletions(db(), userId, created.id, { limit: 2, cursor: second.nextCursor as string });
    expect([...first.rows, ...second.rows, ...third.rows].map((r) => r.id)).toEqual(ids.reverse());
    expect(third.nextCursor).toBeNull();
  });

  it("two completions that both read the occurrence before either held the lock: one completes it, the other changes nothing", async () => {
    const { userId, created, target } = await recurring({ dueDate: "2026-12-01" });
    // A transaction of its own holds the task's lock, so that both completions read, then wait.
    const blocker = new Client({ connectionString: database.url });
    await blocker.connect();
    try {
      await blocker.query("begin");
      await blocker.query("select id from task where id = $1 for no key update", [created.id]);
      const both = [completeTask(db(), target, undefined, NOW), completeTask(db(), target, undefined, NOW)];
      await waitForLockWaiters(db(), 2);
      await blocker.query("commit");
      const outcomes = await Promise.all(both);
      expect(outcomes.map((o) => o.completionId === null).sort()).toEqual([false, true]);
      expect(outcomes.map((o) => o.task.dueDate)).toEqual(["2026-12-02", "2026-12-02"]);
    } finally {
      await blocker.end();
    }
    expect((await listCompletions(db(), userId, created.id)).rows).toHaveLength(1);
  });

  it("with If-Match, the completion that lost the race is refused as changed", async () => {
    const { target, created } = await recurring({ dueDate: "2026-12-01" });
    const ifMatch = [{ updatedAt: created.updatedAt, subtasks: created.subtasks }];
    const results = await Promise.allSettled([
      completeTask(db(), { ...target, ifMatch }, undefined, NOW),
      completeTask(db(), { ...target, ifMatch }, undefined, NOW),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(results.find((r) => r.status === "rejected")).toEqual({
      status: "rejected",
      reason: new TaskChangedError(),
    });
  });

  it("refuses a due time or a recurrence on a task without a due date, at the database too", async () => {
    const { created } = await recurring();
    await expect(db().update(task).set({ dueDate: null }).where(eq(task.id, created.id))).rejects.toThrow();
    const rows = await queryRows(db(), sql`select due_date from task where id = ${created.id}`);
    expect(rows).toEqual([{ due_date: "2026-11-02" }]);
  });
});
