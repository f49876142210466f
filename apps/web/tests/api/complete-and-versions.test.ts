import { type Task, taskEtag } from "@todo/contracts";
import { describe, expect, inject, it } from "vitest";
import { apiUser, createTasks, must } from "../support/api-user";

const baseUrl = inject("appUrl");

describe("PATCH …/complete", () => {
  it("toggles completed when sent no body, changing nothing else", async () => {
    const user = await apiUser(baseUrl);
    const [task] = (await createTasks(user, [{ title: "Toggle me", tags: ["a"] }])) as [Task];
    const done = await user.client.completeTask(user.userId, task.id);
    expect(done).toEqual({
      ok: true,
      data: { ...task, completed: true, updatedAt: expect.any(String) },
      etag: expect.any(String),
    });
    expect(user.lastResponse().status).toBe(200);
    expect(must(await user.client.completeTask(user.userId, task.id)).completed).toBe(false);
    expect(must(await user.client.getTask(user.userId, task.id)).completed).toBe(false);
  });

  it("sets completed from the body, whatever it was", async () => {
    const user = await apiUser(baseUrl);
    const [task] = (await createTasks(user, [{ title: "Set me" }])) as [Task];
    const states: boolean[] = [];
    for (const completed of [true, true, false, false]) {
      states.push(must(await user.client.completeTask(user.userId, task.id, { completed })).completed);
    }
    expect(states).toEqual([true, true, false, false]);
  });

  it("toggles when the body is empty even with a JSON content type", async () => {
    const user = await apiUser(baseUrl);
    const [task] = (await createTasks(user, [{ title: "Empty body" }])) as [Task];
    const response = await user.raw(`/${task.id}/complete`, {
      method: "PATCH",
      headers: { "Content-Type": "application/json" },
      body: "",
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ id: task.id, completed: true });
  });
});

describe("updatedAt and the ETag", () => {
  it("advance on every change, even one that writes the same values, and never on a read", async () => {
    const user = await apiUser(baseUrl);
    const [task] = (await createTasks(user, [{ title: "Versioned" }])) as [Task];
    const { userId } = user;
    const { id } = task;
    const changes = [
      () => user.client.updateTask(userId, id, { title: "Versioned" }),
      () => user.client.replaceTask(userId, id, { title: "Versioned" }),
      () => user.client.completeTask(userId, id),
      () => user.client.completeTask(userId, id, { completed: true }),
      () => user.client.updateTask(userId, id, { tags: ["t"] }),
    ];
    const versions = [task.updatedAt];
    const etags = [taskEtag(task)];
    for (const change of changes) {
      const result = await change();
      const changed = must(result);
      versions.push(changed.updatedAt);
      etags.push((result as { etag: string }).etag);
      expect(changed.createdAt).toBe(task.createdAt);
    }
    const times = versions.map(Date.parse);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(new Set(times).size).toBe(times.length);
    expect(new Set(etags).size).toBe(etags.length);
    expect(etags).toEqual(versions.map((updatedAt) => taskEtag({ updatedAt, subtasks: task.subtasks })));

    const read = await user.client.getTask(userId, id);
    expect(read).toMatchObject({ etag: etags.at(-1), data: { updatedAt: versions.at(-1) } });
    await user.client.listTasks(userId);
    expect(must(await user.client.getTask(userId, id)).updatedAt).toBe(versions.at(-1));
  });

  it("an ETag from the list works as If-Match without a GET first", async () => {
    const user = await apiUser(baseUrl);
    await createTasks(user, [{ title: "Listed" }]);
    const [listed] = must(await user.client.listTasks(user.userId)).tasks as [Task];
    const result = await user.client.updateTask(
      user.userId,
      listed.id,
      { title: "Edited" },
      { ifMatch: taskEtag(listed) },
    );
    expect(must(result).title).toBe("Edited");
  });
});
