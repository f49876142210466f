import type { Task } from "@todo/contracts";
import { describe, expect, inject, it } from "vitest";
import { apiUser, createTasks } from "../support/api-user";
import { expectProblem } from "../support/problems";

const baseUrl = inject("appUrl");
const json = { "Content-Type": "application/json" };
const routes = [
  ["GET", "", undefined],
  ["POST", "", { title: "x" }],
  ["GET", "/:id", undefined],
  ["PUT", "/:id", { title: "x" }],
  ["PATCH", "/:id", { title: "x" }],
  ["DELETE", "/:id", undefined],
  ["PATCH", "/:id/complete", undefined],
] as const;
const taskRoutes = routes.filter(([, suffix]) => suffix !== "");

describe("401 without a valid bearer token, on every route", () => {
  it.each(routes)("%s %s", async (method, suffix, body) => {
    const user = await apiUser(baseUrl);
    const [task] = (await createTasks(user, [{ title: "Mine" }])) as [Task];
    const url = `${baseUrl}/api/${user.userId}/tasks${suffix.replace(":id", String(task.id))}`;
    const init = { method, body: body && JSON.stringify(body) };
    const cases = [
      [{}, "A bearer token is required"],
      [{ Authorization: user.token }, "Use Authorization: Bearer <token>"],
      [{ Authorization: "Bearer not.a.jwt" }, "The token is malformed or not signed by this server"],
    ] as const;
    for (const [auth, detail] of cases) {
      const response = await fetch(url, { ...init, headers: { ...auth, ...(body && json) } });
      expect(response.headers.get("www-authenticate")).toBe('Bearer realm="todo"');
      await expectProblem(response, 401, detail);
    }
    expect((await user.client.getTask(user.userId, task.id)).ok).toBe(true);
  });
});

describe("404 for a task that does not exist", () => {
  it.each(taskRoutes)("%s %s with an id no task has", async (method, suffix, body) => {
    const user = await apiUser(baseUrl);
    const response = await user.raw(suffix.replace(":id", "2147483647"), {
      method,
      headers: body && json,
      body: body && JSON.stringify(body),
    });
    await expectProblem(response, 404, "No such task");
  });

  it.each(["abc", "0", "-1", "01", "1.5", "1e3", "%20", "2147483648", "99999999999999999999"])(
    "answers 404 for the id %j on every task route",
    async (id) => {
      const user = await apiUser(baseUrl);
      for (const [method, suffix, body] of taskRoutes) {
        const response = await user.raw(suffix.replace(":id", id), {
          method,
          headers: body && json,
          body: body && JSON.stringify(body),
        });
        await expectProblem(response, 404, "No such task");
      }
    },
  );
});
