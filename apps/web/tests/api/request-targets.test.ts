import type { Task } from "@todo/contracts";
import fc from "fast-check";
import { describe, expect, inject, it } from "vitest";
import { apiUser, createTasks } from "../support/api-user";
import { expectProblem } from "../support/problems";
import { sendTarget } from "../support/request-target";

const baseUrl = inject("appUrl");
const { host } = new URL(baseUrl);
const ALLOW = "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS";
const MALFORMED = /^The request-target must be a path \(\/…\) or an absolute http or https URL with a host/;

async function userWithTasks() {
  const user = await apiUser(baseUrl);
  const tasks = (await createTasks(user, [{ title: "First" }, { title: "Second" }])) as Task[];
  const auth = { Authorization: `Bearer ${user.token}` };
  const listed = async () => (await user.raw()).json();
  return { user, tasks, auth, listed };
}

describe("a request-target in absolute form, which a server must accept (RFC 9112 § 3.2.2)", () => {
  it("is served as the path and query it names, whatever the scheme's case and the host it names", async () => {
    const { user, tasks, auth } = await userWithTasks();
    const path = `/api/${user.userId}/tasks`;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("http", "https").chain((scheme) => fc.mixedCase(fc.constant(scheme))),
        fc.oneof(
          fc.constant(host),
          fc.domain(),
          fc.tuple(fc.domain(), fc.integer({ min: 1, max: 65535 })).map(([name, port]) => `${name}:${port}`),
        ),
        fc.constantFrom(
          { query: "", expected: tasks.map((task) => task.id).toReversed() },
          { query: "?limit=1", expected: [tasks[1]?.id] },
          { query: `?q=${encodeURIComponent("First")}`, expected: [tasks[0]?.id] },
        ),
        async (scheme, authority, { query, expected }) => {
          const response = await sendTarget(baseUrl, "GET", `${scheme}://${authority}${path}${query}`, {
            headers: auth,
          });
          expect(response.status).toBe(200);
          expect(((await response.json()) as Task[]).map((task) => task.id)).toEqual(expected);
        },
      ),
      { numRuns: 30 },
    );
  });

  it("writes as the origin form does: a task created, changed and deleted through absolute targets", async () => {
    const { user, auth, listed } = await userWithTasks();
    const tasksUrl = `HTTP://${host}/api/${user.userId}/tasks`;
    const json = { ...auth, "Content-Type": "application/json" };
    const created = await sendTarget(baseUrl, "POST", tasksUrl, { headers: json, body: '{"title":"Third"}' });
    expect(created.status).toBe(201);
    const task = (await created.json()) as Task;
    expect(created.headers.get("location")).toBe(`/api/${user.userId}/tasks/${task.id}`);
    const changed = await sendTarget(baseUrl, "PATCH", `${tasksUrl}/${task.id}`, {
      headers: json,
      body: '{"title":"3rd"}',
    });
    expect(await changed.json()).toMatchObject({ id: task.id, title: "3rd" });
    expect((await sendTarget(baseUrl, "DELETE", `${tasksUrl}/${task.id}`, { headers: auth })).status).toBe(204);
    expect(((await listed()) as Task[]).map((each) => each.title)).toEqual(["Second", "First"]);
  });

  it("with no path is the root, and a page's target is served as the page", async () => {
    const root = await sendTarget(baseUrl, "GET", `http://${host}`);
    expect({ status: root.status, location: root.headers.get("location") }).toEqual({
      status: 307,
      location: "/sign-in",
    });
    const signIn = await sendTarget(baseUrl, "GET", `http://${host}/sign-in?next=%2F`);
    expect(signIn.status).toBe(200);
    expect(await signIn.text()).toContain("<html");
  });

  it.each([
    ["a scheme other than http(s)", `ftp://${host}/api/u/tasks`],
    ["no host", "http:///api/u/tasks"],
    ["user information", `http://someone@${host}/api/u/tasks`],
  ])("with %s is a 400 problem, and changes nothing", async (_, template) => {
    const { user, auth, listed } = await userWithTasks();
    const before = await listed();
    const target = template.replace("/u/", `/${user.userId}/`);
    const headers = { ...auth, "Content-Type": "application/json" };
    const response = await sendTarget(baseUrl, "POST", target, { headers, body: '{"title":"Not made"}' });
    expect(response.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    await expectProblem(response, 400, MALFORMED);
    expect(await listed()).toEqual(before);
  });
});

describe("the asterisk-form request-target (RFC 9112 § 3.2.4)", () => {
  it("answers OPTIONS * with the methods the server implements", async () => {
    const response = await sendTarget(baseUrl, "OPTIONS", "*");
    expect({ status: response.status, allow: response.headers.get("allow"), body: await response.text() }).toEqual({
      status: 204,
      allow: ALLOW,
      body: "",
    });
  });

  it.each(["GET", "POST", "DELETE"])("is a 400 problem with %s, not a server error", async (method) => {
    await expectProblem(await sendTarget(baseUrl, method, "*"), 400, "The request-target * is for OPTIONS alone");
  });
});

describe("a method the server does not implement (RFC 9110 § 9.1)", () => {
  it.each(["TRACE", "PROPFIND", "MKCOL", "LOCK", "PURGE"])(
    "%s is a 501 problem naming the methods it does implement, on the API, the auth routes and the pages alike",
    async (method) => {
      const { user, auth, listed } = await userWithTasks();
      const before = await listed();
      for (const path of [`/api/${user.userId}/tasks`, "/api/auth/get-session", "/sign-in", "/no-such-page"]) {
        const response = await sendTarget(baseUrl, method, path, { headers: auth });
        expect(response.headers.get("allow")).toBe(ALLOW);
        await expectProblem(response, 501, `This server does not implement ${method}: it implements ${ALLOW}`);
      }
      expect(await listed()).toEqual(before);
    },
  );
});
