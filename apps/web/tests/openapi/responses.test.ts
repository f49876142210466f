import { signUp, signUpWithToken } from "@todo/test-support/accounts";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { documentedResponse, readDocument } from "./support/document";
import { expectDocumented } from "./support/expect-documented";
import { createChecker } from "./support/schema-checker";

const baseUrl = inject("appUrl");
const doc = readDocument();
const check = createChecker(doc);

const LIST = "GET /api/{userId}/tasks";
const CREATE = "POST /api/{userId}/tasks";
const GET = "GET /api/{userId}/tasks/{id}";
const PUT = "PUT /api/{userId}/tasks/{id}";
const PATCH = "PATCH /api/{userId}/tasks/{id}";
const DELETE = "DELETE /api/{userId}/tasks/{id}";
const COMPLETE = "PATCH /api/{userId}/tasks/{id}/complete";
const COMPLETIONS = "GET /api/{userId}/tasks/{id}/completions";
const UNDO = "DELETE /api/{userId}/tasks/{id}/completions/{completionId}";
const GET_SETTINGS = "GET /api/{userId}/settings";
const PATCH_SETTINGS = "PATCH /api/{userId}/settings";
const CHANGES = "GET /api/{userId}/changes";
const EXPORT = "GET /api/{userId}/export";

let me: { userId: string; token: string };
let auth: Record<string, string>;

beforeAll(async () => {
  me = await signUpWithToken(baseUrl);
  auth = { Authorization: `Bearer ${me.token}` };
});

function send(method: string, path: string, init: { body?: unknown; headers?: Record<string, string> } = {}) {
  const json: Record<string, string> = init.body === undefined ? {} : { "Content-Type": "application/json" };
  return fetch(`${baseUrl}${path}`, {
    method,
    headers: { ...auth, ...json, ...init.headers },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
}

async function expectAnswer(route: string, response: Response, status: number, leftOut: string[] = []) {
  expect(response.status).toBe(status);
  return expectDocumented(doc, check, response, documentedResponse(doc, route, status), leftOut);
}

async function createTask(title: string) {
  return (await expectAnswer(CREATE, await send("POST", `/api/${me.userId}/tasks`, { body: { title } }), 201)) as {
    id: number;
  };
}

describe("real answers match the documented schema and headers for their status", () => {
  it("list: 200 with Link and X-Request-Id; X-Total-Count and Preference-Applied when asked to count", async () => {
    await createTask("first");
    await createTask("second");
    const url = `/api/${me.userId}/tasks?limit=1&sort=due`;
    const body = await expectAnswer(LIST, await send("GET", url), 200, ["Preference-Applied", "X-Total-Count"]);
    expect(body).toHaveLength(1);
    const counted = await send("GET", url, { headers: { Prefer: "count=exact" } });
    expect(await expectAnswer(LIST, counted, 200)).toEqual(body);
  });

  it("create: 201 with Location and ETag, every field set", async () => {
    const task = { title: "Plan", description: "d", completed: false, priority: "high", tags: ["a"], dueDate: null };
    const response = await send("POST", `/api/${me.userId}/tasks`, { body: { ...task, dueDate: "2026-03-01" } });
    expect(await expectAnswer(CREATE, response, 201)).toMatchObject({ ...task, dueDate: "2026-03-01" });
  });

  it("get, put, patch, complete and delete", async () => {
    const { id } = await createTask("to change");
    const path = `/api/${me.userId}/tasks/${id}`;
    await expectAnswer(GET, await send("GET", path), 200);
    await expectAnswer(PUT, await send("PUT", path, { body: { title: "replaced", dueDate: null } }), 200);
    await expectAnswer(PATCH, await send("PATCH", path, { body: { priority: "low" } }), 200);
    // Only an occurrence of a recurring task records a completion.
    await expectAnswer(COMPLETE, await send("PATCH", `${path}/complete`), 200, ["Completion-Id"]);
    await expectAnswer(COMPLETE, await send("PATCH", `${path}/complete`, { body: { completed: false } }), 200, [
      "Completion-Id",
    ]);
    await expectAnswer(DELETE, await send("DELETE", path), 204);
  });

  it("a recurring task: complete with Completion-Id, its completions, and undo", async () => {
    const body = {
      title: "Water",
      dueDate: "2026-03-01",
      dueTime: "09:00",
      recurrence: { rule: "FREQ=DAILY", from: "due" },
    };
    const { id } = (await expectAnswer(CREATE, await send("POST", `/api/${me.userId}/tasks`, { body }), 201)) as {
      id: number;
    };
    const path = `/api/${me.userId}/tasks/${id}`;
    const completed = await send("PATCH", `${path}/complete`);
    const completionId = completed.headers.get("completion-id");
    await expectAnswer(COMPLETE, completed, 200);
    await expectAnswer(COMPLETIONS, await send("GET", `${path}/completions?limit=1`), 200, ["Link"]);
    await expectAnswer(UNDO, await send("DELETE", `${path}/completions/${completionId}`), 200);
  });

  it("settings: get and patch, with ETag", async () => {
    const path = `/api/${me.userId}/settings`;
    expect(await expectAnswer(GET_SETTINGS, await send("GET", path), 200)).toMatchObject({ timeZone: "UTC" });
    const patched = await send("PATCH", path, { body: { timeZone: "Europe/Berlin" } });
    expect(await expectAnswer(PATCH_SETTINGS, patched, 200)).toMatchObject({ timeZone: "Europe/Berlin" });
  });

  it("changes: 200, a page of every kind of change", async () => {
    await send("PATCH", `/api/${me.userId}/settings`, { body: { timeZone: "Asia/Tokyo" } });
    const kept = await createTask("changed");
    await send("PATCH", `/api/${me.userId}/tasks/${kept.id}`, { body: { title: "changed again" } });
    await send("DELETE", `/api/${me.userId}/tasks/${(await createTask("deleted")).id}`);
    const list = (await (await send("POST", `/api/${me.userId}/lists`, { body: { name: "Changes" } })).json()) as {
      id: number;
    };
    await send("DELETE", `/api/${me.userId}/lists/${list.id}`);
    const body = (await expectAnswer(CHANGES, await send("GET", `/api/${me.userId}/changes?since=0`), 200)) as {
      changes: { type: string }[];
    };
    expect(new Set(body.changes.map((change) => change.type))).toEqual(
      new Set([
        "settings.updated",
        "list.created",
        "list.updated",
        "task.created",
        "task.updated",
        "task.deleted",
        "list.deleted",
      ]),
    );
  });

  it("export: 200, its lists and tasks as it sends them (no userId, openTasks nor subtasks counts)", async () => {
    const list = (await (await send("POST", `/api/${me.userId}/lists`, { body: { name: "Exported" } })).json()) as {
      id: number;
    };
    const parent = (await (
      await send("POST", `/api/${me.userId}/tasks`, { body: { title: "exported", listId: list.id } })
    ).json()) as { id: number };
    await send("POST", `/api/${me.userId}/tasks`, { body: { title: "its subtask", parentId: parent.id } });
    const body = (await expectAnswer(EXPORT, await send("GET", `/api/${me.userId}/export`), 200)) as {
      lists: object[];
      tasks: object[];
    };
    expect(body.lists).toContainEqual(expect.objectContaining({ id: list.id }));
    expect(body.tasks).toContainEqual(expect.objectContaining({ id: parent.id }));
    const left = ["userId", "openTasks", "subtasks"];
    for (const item of [...body.lists, ...body.tasks]) expect(left.filter((key) => key in item)).toEqual([]);
  });

  it("health and ready: 200", async () => {
    await expectAnswer("GET /api/health", await fetch(`${baseUrl}/api/health`), 200);
    await expectAnswer("GET /api/ready", await fetch(`${baseUrl}/api/ready`), 200);
  });
});

describe("real errors are the documented Problem for their status", () => {
  let path: string;
  beforeAll(async () => {
    path = `/api/${me.userId}/tasks/${(await createTask("target")).id}`;
  });

  it("401 without a token, with WWW-Authenticate", async () => {
    await expectAnswer(LIST, await fetch(`${baseUrl}/api/${me.userId}/tasks`), 401);
  });

  it("403 for another user's tasks", async () => {
    const other = await signUp(baseUrl);
    await expectAnswer(LIST, await send("GET", `/api/${other.userId}/tasks`), 403);
  });

  it("404 for a task that does not exist", async () => {
    await expectAnswer(GET, await send("GET", `/api/${me.userId}/tasks/2147483647`), 404);
  });

  it("412 for a stale If-Match", async () => {
    await expectAnswer(PATCH, await send("PATCH", path, { body: { title: "x" }, headers: { "If-Match": '"1"' } }), 412);
    const settings = await send("PATCH", `/api/${me.userId}/settings`, {
      body: { timeZone: "UTC" },
      headers: { "If-Match": '"1"' },
    });
    await expectAnswer(PATCH_SETTINGS, settings, 412);
  });

  it("409 for undoing a completion that is not the latest", async () => {
    const body = { title: "Twice", dueDate: "2026-03-01", recurrence: { rule: "FREQ=DAILY", from: "due" } };
    const { id } = (await (await send("POST", `/api/${me.userId}/tasks`, { body })).json()) as { id: number };
    const first = (await send("PATCH", `/api/${me.userId}/tasks/${id}/complete`)).headers.get("completion-id");
    await send("PATCH", `/api/${me.userId}/tasks/${id}/complete`);
    await expectAnswer(UNDO, await send("DELETE", `/api/${me.userId}/tasks/${id}/completions/${first}`), 409);
  });

  it("415 for a body that is not JSON", async () => {
    const response = await send("POST", `/api/${me.userId}/tasks`, {
      body: { title: "x" },
      headers: { "Content-Type": "text/plain" },
    });
    await expectAnswer(CREATE, response, 415);
  });

  it("422 for a bad time zone, at its path", async () => {
    const response = await send("PATCH", `/api/${me.userId}/settings`, { body: { timeZone: "Mars/Base" } });
    expect(await expectAnswer(PATCH_SETTINGS, response, 422)).toMatchObject({ errors: [{ path: "timeZone" }] });
  });

  it("422 with field errors", async () => {
    const body = await expectAnswer(
      CREATE,
      await send("POST", `/api/${me.userId}/tasks`, { body: { title: "" } }),
      422,
    );
    expect(body).toMatchObject({ errors: [{ path: "title" }] });
  });

  it("413 for a body past the limit", async () => {
    const response = await send("PUT", path, { body: { title: "x", description: "x".repeat(20_000) } });
    await expectAnswer(PUT, response, 413);
  });

  it("400 for a bad query and for a body that does not parse", async () => {
    await expectAnswer(LIST, await send("GET", `/api/${me.userId}/tasks?limit=0`), 400);
    const response = await fetch(`${baseUrl}${path}`, {
      method: "PUT",
      headers: { ...auth, "Content-Type": "application/json" },
      body: "{",
    });
    await expectAnswer(PUT, response, 400);
  });

  it("410 for a since the change log never reached", async () => {
    await expectAnswer(CHANGES, await send("GET", `/api/${me.userId}/changes?since=999999`), 410);
  });

  it("405 with Allow, as the shared 405 response", async () => {
    const response = await send("DELETE", `/api/${me.userId}/tasks`);
    expect(response.status).toBe(405);
    const documented = doc.components?.responses as Record<string, Record<string, unknown>>;
    await expectDocumented(doc, check, response, documented["405"]);
  });
});
