import { type Task, taskEtag } from "@todo/contracts";
import { describe, expect, inject, it } from "vitest";
import { apiUser, createTasks, must } from "../support/api-user";

const baseUrl = inject("appUrl");

describe("two writers holding one ETag", () => {
  it("two concurrent PATCHes with the same If-Match: exactly one 200, one 412, and the winner's change is stored", async () => {
    const user = await apiUser(baseUrl);
    for (let round = 0; round < 5; round++) {
      const [task] = (await createTasks(user, [{ title: `round ${round}` }])) as [Task];
      const ifMatch = taskEtag(task);
      const changes = [
        { title: `tab A ${round}`, priority: "low" as const },
        { title: `tab B ${round}`, priority: "high" as const },
      ];
      const results = await Promise.all(
        changes.map((change) => user.client.updateTask(user.userId, task.id, change, { ifMatch })),
      );
      const statuses = results.map((r) => (r.ok ? 200 : r.problem.status));
      expect(statuses.sort()).toEqual([200, 412]);
      const winner = results.findIndex((r) => r.ok);
      const stored = must(await user.client.getTask(user.userId, task.id));
      expect(stored).toEqual(must(results[winner] as (typeof results)[number]));
      expect(stored).toMatchObject(changes[winner] as object);
    }
  });

  it("a concurrent PATCH and DELETE with the same If-Match: exactly one of them happens", async () => {
    const user = await apiUser(baseUrl);
    const [task] = (await createTasks(user, [{ title: "Contested" }])) as [Task];
    const ifMatch = taskEtag(task);
    const [patched, deleted] = await Promise.all([
      user.client.updateTask(user.userId, task.id, { title: "Edited" }, { ifMatch }),
      user.client.deleteTask(user.userId, task.id, { ifMatch }),
    ]);
    expect([patched.ok, deleted.ok].filter(Boolean)).toHaveLength(1);
    const after = await user.client.getTask(user.userId, task.id);
    if (deleted.ok) {
      expect(patched).toMatchObject({ ok: false, problem: { status: expect.any(Number) } });
      expect([404, 412]).toContain((patched as { problem: { status: number } }).problem.status);
      expect(after).toMatchObject({ ok: false, problem: { status: 404 } });
    } else {
      expect(deleted).toMatchObject({ ok: false, problem: { status: 412 } });
      expect(must(after).title).toBe("Edited");
    }
  });
});

describe("concurrent writes without If-Match", () => {
  it("ten concurrent toggles each apply once: the task ends where it started, with ten distinct versions", async () => {
    const user = await apiUser(baseUrl);
    const [task] = (await createTasks(user, [{ title: "Flip" }])) as [Task];
    const results = await Promise.all(Array.from({ length: 10 }, () => user.client.completeTask(user.userId, task.id)));
    const versions = results.map((r) => must(r).updatedAt);
    expect(new Set(versions).size).toBe(10);
    expect(results.filter((r) => must(r).completed)).toHaveLength(5);
    expect(must(await user.client.getTask(user.userId, task.id)).completed).toBe(false);
  });

  it("twenty concurrent creates get twenty distinct ids and are all listed", async () => {
    const user = await apiUser(baseUrl);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => user.client.createTask(user.userId, { title: `parallel ${i}` })),
    );
    const created = results.map((r) => must(r));
    expect(new Set(created.map((t) => t.id)).size).toBe(20);
    const listed = must(await user.client.listTasks(user.userId, { sort: "title", order: "asc" }, { count: true }));
    expect(listed.total).toBe(20);
    expect(new Set(listed.tasks.map((t) => t.id))).toEqual(new Set(created.map((t) => t.id)));
  });
});
