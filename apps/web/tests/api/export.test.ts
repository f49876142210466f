import { AccountExportSchema } from "@todo/contracts";
import { describe, expect, inject, it } from "vitest";
import { type ApiUser, apiUser, must } from "../support/api-user";
import { expectProblem } from "../support/problems";

const baseUrl = inject("appUrl");

const exportOf = (user: ApiUser, token = user.token, userId = user.userId) =>
  fetch(`${baseUrl}/api/${userId}/export`, { headers: { Authorization: `Bearer ${token}` } });

describe("GET /api/{userId}/export", () => {
  it("answers every list, task, subtask, completion and the settings as the documented version 1", async () => {
    const user = await apiUser(baseUrl);
    const other = await apiUser(baseUrl);
    must(await other.client.createTask(other.userId, { title: "Not mine" }));
    must(await user.client.updateSettings(user.userId, { timeZone: "Europe/Oslo" }));
    const errands = must(await user.client.createList(user.userId, { name: "Errands", color: "#22aa66" }));
    const parent = must(
      await user.client.createTask(user.userId, { title: "Groceries", listId: errands.id, tags: ["food"] }),
    );
    const child = must(await user.client.createTask(user.userId, { title: "Milk", parentId: parent.id }));
    const daily = must(
      await user.client.createTask(user.userId, {
        title: "Stretch",
        dueDate: "2026-01-01",
        dueTime: "07:30",
        recurrence: { rule: "FREQ=DAILY", from: "due" },
      }),
    );
    must(await user.client.completeTask(user.userId, daily.id));

    const response = await exportOf(user);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="todo-export-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    const document = AccountExportSchema.parse(await response.json());
    expect(document).toMatchObject({ format: "todo-export", version: 1, settings: { timeZone: "Europe/Oslo" } });
    expect(document.lists.map((l) => [l.name, l.isInbox, l.color])).toEqual([
      ["Inbox", true, null],
      ["Errands", false, "#22aa66"],
    ]);
    const tasks = must(await user.client.listTasks(user.userId, { status: "all" })).tasks;
    const byId = new Map(document.tasks.map((t) => [t.id, t]));
    expect([...byId.keys()].sort()).toEqual([parent.id, child.id, daily.id].sort());
    for (const task of [...tasks, must(await user.client.getTask(user.userId, child.id))]) {
      const { userId: _u, subtasks: _s, ...fields } = task;
      expect(byId.get(task.id)).toEqual(fields);
    }
    expect(document.completions).toEqual([
      {
        id: expect.any(Number),
        taskId: daily.id,
        dueDate: "2026-01-01",
        dueTime: "07:30",
        completedAt: expect.any(String),
      },
    ]);
    expect(JSON.stringify(document)).not.toContain("Not mine");
  });

  it("a read access token may export; another user's export is 403", async () => {
    const user = await apiUser(baseUrl);
    const other = await apiUser(baseUrl);
    const created = must(
      await user.client.createAccessToken(user.userId, { name: "backup", scope: "read", expiresInDays: 1 }),
    );
    const exchanged = await fetch(`${baseUrl}/api/auth/token/exchange`, {
      method: "POST",
      headers: { Authorization: `Bearer ${created.token}` },
    });
    const { token } = (await exchanged.json()) as { token: string };
    expect((await exportOf(user, token)).status).toBe(200);
    await expectProblem(await exportOf(user, token, other.userId), 403, "This token belongs to another user");
    await expectProblem(await exportOf(user, user.token, other.userId), 403, "This token belongs to another user");
  });
});
