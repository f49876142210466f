import type { Task } from "@todo/contracts";
import { describe, expect, inject, it } from "vitest";
import { apiUser, createTasks } from "../support/api-user";
import { expectProblem } from "../support/problems";

const baseUrl = inject("appUrl");
const allowed = {
  "": "GET, POST, HEAD, OPTIONS",
  "/:id": "GET, PUT, PATCH, DELETE, HEAD, OPTIONS",
  "/:id/complete": "PATCH, OPTIONS",
} as const;
type Route = keyof typeof allowed;

async function userWithTask() {
  const user = await apiUser(baseUrl);
  const [task] = (await createTasks(user, [{ title: "Still here" }])) as [Task];
  const path = (route: Route) => route.replace(":id", String(task.id));
  return { user, task, path };
}

describe("405 with Allow for a method a route does not have", () => {
  it.each([
    ["PUT", ""],
    ["PATCH", ""],
    ["DELETE", ""],
    ["POST", "/:id"],
    ["GET", "/:id/complete"],
    ["POST", "/:id/complete"],
    ["PUT", "/:id/complete"],
    ["DELETE", "/:id/complete"],
  ] as const)("%s %s", async (method, route) => {
    const { user, task, path } = await userWithTask();
    const response = await user.raw(path(route), { method });
    expect(response.headers.get("allow")).toBe(allowed[route]);
    await expectProblem(response, 405, `This resource allows ${allowed[route]}`);
    expect(await user.client.getTask(user.userId, task.id)).toMatchObject({ ok: true, data: task });
  });

  it("answers HEAD on the list like GET, without a body", async () => {
    const { user } = await userWithTask();
    const response = await user.raw("", { method: "HEAD", headers: { Prefer: "count=exact" } });
    expect(response.status).toBe(200);
    expect(response.headers.get("x-total-count")).toBe("1");
    expect(await response.text()).toBe("");
  });

  it.each(Object.keys(allowed) as Route[])("OPTIONS %s advertises only the methods the route has", async (route) => {
    const { user, path } = await userWithTask();
    const response = await user.raw(path(route), { method: "OPTIONS" });
    expect(response.status).toBe(204);
    const advertised = (response.headers.get("allow") ?? "").split(/,\s*/).sort();
    expect(advertised).toEqual(allowed[route].split(", ").sort());
  });
});
