import { type Task, taskEtag } from "@todo/contracts";
import { describe, expect, inject, it } from "vitest";
import { apiUser, createTasks, must } from "../support/api-user";
import { expectProblemResult } from "../support/problems";

const baseUrl = inject("appUrl");
const isoDate = expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);

describe("create, read, replace, update and delete a task", () => {
  it("creates a task from a title alone: 201, Location, ETag and every default", async () => {
    const user = await apiUser(baseUrl);
    const result = await user.client.createTask(user.userId, { title: "  Buy milk  " });
    const task = must(result);
    const response = user.lastResponse();
    const [inbox] = must(await user.client.listLists(user.userId));
    expect(task).toEqual({
      id: expect.any(Number),
      userId: user.userId,
      listId: inbox?.id,
      parentId: null,
      position: "a0",
      subtasks: { total: 0, completed: 0 },
      title: "Buy milk",
      description: "",
      completed: false,
      priority: "none",
      tags: [],
      dueDate: null,
      dueTime: null,
      recurrence: null,
      reminders: [],
      createdAt: isoDate,
      updatedAt: task.createdAt,
    });
    expect(response.status).toBe(201);
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(response.headers.get("location")).toBe(`/api/${user.userId}/tasks/${task.id}`);
    expect(result).toMatchObject({ etag: taskEtag(task) });
    expect(must(await user.client.getTask(user.userId, task.id))).toEqual(task);
  });

  it("creates a task with every field set, dropping duplicate tags", async () => {
    const user = await apiUser(baseUrl);
    const input = { title: "Ship", description: "by Friday", completed: true, priority: "high" as const };
    const task = must(
      await user.client.createTask(user.userId, { ...input, tags: ["work", "ops", "work"], dueDate: "2026-12-31" }),
    );
    expect(task).toMatchObject({ ...input, tags: ["work", "ops"], dueDate: "2026-12-31" });
  });

  it("gets one task with 200 and its ETag", async () => {
    const user = await apiUser(baseUrl);
    const [created] = await createTasks(user, [{ title: "Read" }]);
    const result = await user.client.getTask(user.userId, created?.id as number);
    expect(result).toEqual({ ok: true, data: created, etag: taskEtag(created as Task) });
    expect(user.lastResponse().status).toBe(200);
    expect(user.lastResponse().headers.get("cache-control")).toBe("no-store");
  });

  it("lists tasks newest first with X-Total-Count, and a next link while more remain, not to be stored", async () => {
    const user = await apiUser(baseUrl);
    const [a, b, c] = await createTasks(user, [{ title: "a" }, { title: "b" }, { title: "c" }]);
    const first = must(await user.client.listTasks(user.userId, { limit: 2 }, { count: true }));
    const response = user.lastResponse();
    expect(first.tasks).toEqual([c, b]);
    expect(first.total).toBe(3);
    expect(response.status).toBe(200);
    expect(response.headers.get("x-total-count")).toBe("3");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("link")).toBe(
      `</api/${user.userId}/tasks?limit=2&cursor=${encodeURIComponent(first.nextCursor as string)}>; rel="next"`,
    );
    const last = must(
      await user.client.listTasks(user.userId, { limit: 2, cursor: first.nextCursor as string }, { count: true }),
    );
    expect(last).toEqual({ tasks: [a], total: 3, nextCursor: null });
    expect(user.lastResponse().headers.get("link")).toBeNull();
  });

  it("replaces with PUT: fields left out go back to their defaults", async () => {
    const user = await apiUser(baseUrl);
    const [task] = await createTasks(user, [
      { title: "Old", description: "d", completed: true, priority: "high", tags: ["x"], dueDate: "2026-05-01" },
    ]);
    const { id, createdAt } = task as { id: number; createdAt: string };
    const result = await user.client.replaceTask(user.userId, id, { title: "New", priority: "low" });
    const replaced = must(result);
    expect(replaced).toEqual({
      ...task,
      title: "New",
      description: "",
      completed: false,
      priority: "low",
      tags: [],
      dueDate: null,
      createdAt,
      updatedAt: expect.any(String),
    });
    expect(Date.parse(replaced.updatedAt)).toBeGreaterThan(Date.parse(createdAt));
    expect(result).toMatchObject({ etag: taskEtag(replaced) });
    expect(must(await user.client.getTask(user.userId, id))).toEqual(replaced);
  });

  it("updates with PATCH: only the fields sent change", async () => {
    const user = await apiUser(baseUrl);
    const [task] = await createTasks(user, [{ title: "Keep", description: "d", tags: ["x"], dueDate: "2026-05-01" }]);
    const id = task?.id as number;
    const updated = must(await user.client.updateTask(user.userId, id, { priority: "medium", dueDate: null }));
    expect(updated).toEqual({ ...task, priority: "medium", dueDate: null, updatedAt: expect.any(String) });
    expect(must(await user.client.getTask(user.userId, id))).toEqual(updated);
  });

  it("deletes with 204 and no body; the task is then 404 and gone from the list", async () => {
    const user = await apiUser(baseUrl);
    const [keep, gone] = await createTasks(user, [{ title: "keep" }, { title: "gone" }]);
    const id = gone?.id as number;
    expect(await user.client.deleteTask(user.userId, id)).toEqual({ ok: true, data: undefined });
    expect(user.lastResponse().status).toBe(204);
    expect(await user.lastResponse().text()).toBe("");
    expectProblemResult(user, await user.client.getTask(user.userId, id), 404, "No such task");
    expectProblemResult(user, await user.client.deleteTask(user.userId, id), 404, "No such task");
    expect(must(await user.client.listTasks(user.userId, {}, { count: true }))).toEqual({
      tasks: [keep],
      total: 1,
      nextCursor: null,
    });
  });
});
