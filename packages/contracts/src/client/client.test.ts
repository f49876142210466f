import { describe, expect, it } from "vitest";
import { createTodoClient } from "./client";

const task = {
  id: 7,
  userId: "u 1",
  listId: 1,
  parentId: null,
  position: "a0",
  subtasks: { total: 2, completed: 1 },
  title: "Buy milk",
  description: "",
  completed: false,
  priority: "none",
  tags: [],
  dueDate: null,
  dueTime: null,
  recurrence: null,
  reminders: [],
  createdAt: "2026-01-01T00:00:00.000Z",
  updatedAt: "2026-01-01T00:00:00.000Z",
};

function must<T>(result: { ok: true; data: T } | { ok: false }): T {
  if (!result.ok) throw new Error("expected success");
  return result.data;
}

/** A client whose fetch records each request and answers with the given response. */
function fakeClient(answer: () => Response | Promise<Response>) {
  const requests: Request[] = [];
  const client = createTodoClient({
    baseUrl: "https://todo.example/",
    getToken: async () => "jwt",
    fetch: async (input, init) => {
      requests.push(new Request(input, init));
      return answer();
    },
  });
  return { client, requests };
}

describe("createTodoClient", () => {
  it("lists with the bearer token, only the set parameters and the next cursor, asking no count", async () => {
    const { client, requests } = fakeClient(() =>
      Response.json([task], { headers: { Link: '</api/u%201/tasks?limit=1&cursor=abc>; rel="next"' } }),
    );
    const result = await client.listTasks("u 1", { limit: 1, q: undefined });
    expect(result).toEqual({ ok: true, data: { tasks: [task], total: null, nextCursor: "abc" } });
    expect(requests[0]?.url).toBe("https://todo.example/api/u%201/tasks?limit=1");
    expect(requests[0]?.method).toBe("GET");
    expect(requests[0]?.headers.get("authorization")).toBe("Bearer jwt");
    expect(requests[0]?.headers.get("prefer")).toBeNull();
  });

  it("asks the server to count with count: true, and reads the total", async () => {
    const { client, requests } = fakeClient(() =>
      Response.json([task], { headers: { "X-Total-Count": "3", "Preference-Applied": "count=exact" } }),
    );
    const result = await client.listTasks("u", {}, { count: true });
    expect(result).toEqual({ ok: true, data: { tasks: [task], total: 3, nextCursor: null } });
    expect(requests[0]?.headers.get("prefer")).toBe("count=exact");
  });

  it("sends a JSON body and If-Match on writes and returns the ETag", async () => {
    const { client, requests } = fakeClient(() => Response.json(task, { headers: { ETag: '"2"' } }));
    const result = await client.updateTask("u", 7, { title: "Buy milk" }, { ifMatch: '"1"' });
    expect(result).toEqual({ ok: true, data: task, etag: '"2"' });
    const request = requests[0] as Request;
    expect([request.method, request.url]).toEqual(["PATCH", "https://todo.example/api/u/tasks/7"]);
    expect(request.headers.get("content-type")).toBe("application/json");
    expect(request.headers.get("if-match")).toBe('"1"');
    expect(await request.json()).toEqual({ title: "Buy milk" });
  });

  it("moves a task with POST …/move, its body and If-Match, and returns the ETag", async () => {
    const { client, requests } = fakeClient(() => Response.json(task, { headers: { ETag: '"3"' } }));
    const result = await client.moveTask("u", 7, { after: 9, listId: 2 }, { ifMatch: '"2"' });
    expect(result).toEqual({ ok: true, data: task, etag: '"3"' });
    const request = requests[0] as Request;
    expect([request.method, request.url, request.headers.get("if-match")]).toEqual([
      "POST",
      "https://todo.example/api/u/tasks/7/move",
      '"2"',
    ]);
    expect(await request.json()).toEqual({ after: 9, listId: 2 });
  });

  it("lists a task's subtasks in manual order with parentId and sort=manual", async () => {
    const { client, requests } = fakeClient(() => Response.json([task]));
    must(await client.listTasks("u", { parentId: 7, sort: "manual" }));
    must(await client.listTasks("u", { parentId: "any" }));
    expect(requests.map((r) => r.url)).toEqual([
      "https://todo.example/api/u/tasks?parentId=7&sort=manual",
      "https://todo.example/api/u/tasks?parentId=any",
    ]);
  });

  it("toggles completion with no body, and sets it with one", async () => {
    const { client, requests } = fakeClient(() => Response.json(task));
    await client.completeTask("u", 7);
    await client.completeTask("u", 7, { completed: true });
    expect(requests.map((r) => [r.method, r.url, r.headers.get("content-type")])).toEqual([
      ["PATCH", "https://todo.example/api/u/tasks/7/complete", null],
      ["PATCH", "https://todo.example/api/u/tasks/7/complete", "application/json"],
    ]);
    expect(await requests[0]?.text()).toBe("");
    expect(await requests[1]?.json()).toEqual({ completed: true });
  });

  it("answers the Completion-Id of a completed occurrence", async () => {
    const { client } = fakeClient(() => Response.json(task, { headers: { ETag: '"1"', "Completion-Id": "42" } }));
    expect(await client.completeTask("u", 7)).toEqual({ ok: true, data: task, etag: '"1"', completionId: 42 });
  });

  it("lists a task's completions with the next cursor, and undoes one with DELETE", async () => {
    const completion = {
      id: 3,
      taskId: 7,
      dueDate: "2026-12-01",
      dueTime: null,
      completedAt: "2026-12-01T08:00:00.000Z",
    };
    const link = '</api/u/tasks/7/completions?limit=1&cursor=3>; rel="next"';
    const { client, requests } = fakeClient(() => Response.json([completion], { headers: { Link: link } }));
    expect(await client.listCompletions("u", 7, { limit: 1 })).toEqual({
      ok: true,
      data: { completions: [completion], nextCursor: "3" },
    });
    const undo = fakeClient(() => Response.json(task));
    expect(await undo.client.undoCompletion("u", 7, 3)).toEqual({ ok: true, data: task });
    expect([...requests, ...undo.requests].map((r) => [r.method, r.url])).toEqual([
      ["GET", "https://todo.example/api/u/tasks/7/completions?limit=1"],
      ["DELETE", "https://todo.example/api/u/tasks/7/completions/3"],
    ]);
  });

  it("reads and writes the settings, with If-Match", async () => {
    const settings = { timeZone: "Europe/Berlin", updatedAt: "2026-12-01T08:00:00.000Z" };
    const { client, requests } = fakeClient(() => Response.json(settings, { headers: { ETag: '"5"' } }));
    expect(await client.getSettings("u 1")).toEqual({ ok: true, data: settings, etag: '"5"' });
    await client.updateSettings("u 1", { timeZone: "Europe/Berlin" }, { ifMatch: '"5"' });
    expect(requests.map((r) => [r.method, r.url, r.headers.get("if-match")])).toEqual([
      ["GET", "https://todo.example/api/u%201/settings", null],
      ["PATCH", "https://todo.example/api/u%201/settings", '"5"'],
    ]);
    expect(await requests[1]?.json()).toEqual({ timeZone: "Europe/Berlin" });
  });

  it("answers a 204 delete with no data", async () => {
    const { client, requests } = fakeClient(() => new Response(null, { status: 204 }));
    expect(await client.deleteTask("u", 7)).toEqual({ ok: true, data: undefined });
    expect(requests[0]?.headers.get("if-match")).toBeNull();
  });

  it("answers a network failure as a problem with status 0", async () => {
    const { client } = fakeClient(() => Promise.reject(new TypeError("fetch failed")));
    expect(await client.getTask("u", 7)).toEqual({
      ok: false,
      problem: { type: "about:blank", title: "Network error", status: 0, detail: "fetch failed" },
    });
  });

  it("works against the same origin with an empty base URL", async () => {
    const urls: string[] = [];
    const client = createTodoClient({
      baseUrl: "",
      getToken: () => "jwt",
      fetch: async (input) => {
        urls.push(String(input));
        return Response.json([]);
      },
    });
    expect(await client.listTasks("u")).toEqual({ ok: true, data: { tasks: [], total: null, nextCursor: null } });
    expect(urls).toEqual(["/api/u/tasks"]);
  });

  it("reaches the list endpoints with the method, URL and body each needs", async () => {
    const list = {
      id: 3,
      userId: "u 1",
      name: "Work",
      color: null,
      isInbox: false,
      position: "a1",
      openTasks: 0,
      createdAt: "2026-01-01T00:00:00.000Z",
      updatedAt: "2026-01-01T00:00:00.000Z",
    };
    const { client, requests } = fakeClient(() => Response.json(list));
    expect(await client.createList("u 1", { name: "Work" })).toEqual({ ok: true, data: list });
    expect(await client.getList("u 1", 3)).toEqual({ ok: true, data: list });
    expect(await client.updateList("u 1", 3, { color: null })).toEqual({ ok: true, data: list });
    expect(requests.map((r) => [r.method, r.url])).toEqual([
      ["POST", "https://todo.example/api/u%201/lists"],
      ["GET", "https://todo.example/api/u%201/lists/3"],
      ["PATCH", "https://todo.example/api/u%201/lists/3"],
    ]);
    expect(await requests[2]?.json()).toEqual({ color: null });
    const many = fakeClient(() => Response.json([list]));
    expect(await many.client.listLists("u 1")).toEqual({ ok: true, data: [list] });
    const gone = fakeClient(() => new Response(null, { status: 204 }));
    expect(await gone.client.deleteList("u 1", 3)).toEqual({ ok: true, data: undefined });
    const moved = fakeClient(() => Response.json(list));
    expect(await moved.client.moveList("u 1", 3, { before: 4 })).toEqual({ ok: true, data: list });
    expect([moved.requests[0]?.method, moved.requests[0]?.url]).toEqual([
      "POST",
      "https://todo.example/api/u%201/lists/3/move",
    ]);
    expect(await moved.requests[0]?.json()).toEqual({ before: 4 });
    expect([gone.requests[0]?.method, gone.requests[0]?.url]).toEqual([
      "DELETE",
      "https://todo.example/api/u%201/lists/3",
    ]);
  });

  it("reaches the push endpoints with the method, URL and body each needs", async () => {
    const key = fakeClient(() => Response.json({ publicKey: "BPk" }));
    expect(await key.client.getPushPublicKey()).toEqual({ ok: true, data: { publicKey: "BPk" } });
    const saved = { endpoint: "https://fcm.googleapis.com/fcm/send/x", createdAt: "2026-12-01T00:00:00.000Z" };
    const add = fakeClient(() => Response.json(saved, { status: 201 }));
    const subscription = { endpoint: saved.endpoint, keys: { p256dh: "BKey", auth: "secret" } };
    expect(await add.client.addPushSubscription("u 1", subscription)).toEqual({ ok: true, data: saved });
    const none = fakeClient(() => new Response(null, { status: 204 }));
    expect(await none.client.removePushSubscription("u 1", { endpoint: saved.endpoint })).toEqual({
      ok: true,
      data: undefined,
    });
    expect(await none.client.testPushSubscription("u 1", { endpoint: saved.endpoint })).toEqual({
      ok: true,
      data: undefined,
    });
    const sent = [...key.requests, ...add.requests, ...none.requests];
    expect(sent.map((r) => [r.method, r.url, r.headers.get("authorization")])).toEqual([
      ["GET", "https://todo.example/api/push/public-key", "Bearer jwt"],
      ["POST", "https://todo.example/api/u%201/push-subscriptions", "Bearer jwt"],
      ["DELETE", "https://todo.example/api/u%201/push-subscriptions", "Bearer jwt"],
      ["POST", "https://todo.example/api/u%201/push-subscriptions/test", "Bearer jwt"],
    ]);
    expect(await Promise.all(sent.slice(1).map((r) => r.json()))).toEqual([
      subscription,
      { endpoint: saved.endpoint },
      { endpoint: saved.endpoint },
    ]);
  });

  it("reads a page of changes from since and limit", async () => {
    const page = { changes: [{ seq: 2, type: "task.updated", id: 7, data: task }], next: 2, hasMore: false };
    const { client, requests } = fakeClient(() => Response.json(page));
    expect(await client.listChanges("u", { since: 1, limit: 10 })).toEqual({ ok: true, data: page });
    expect(requests[0]?.url).toBe("https://todo.example/api/u/changes?since=1&limit=10");
  });

  it("streams changes with the bearer token from since, and answers a refusal as its problem", async () => {
    const events = `retry: 3000\n\nid: 3\nevent: list.deleted\ndata: {"seq":3,"type":"list.deleted","id":2,"data":null}\n\n`;
    const { client, requests } = fakeClient(
      () => new Response(events, { headers: { "Content-Type": "text/event-stream" } }),
    );
    const result = await client.streamChanges("u", { since: 2 });
    if (!result.ok) throw new Error("expected success");
    const messages = [];
    for await (const message of result.data) messages.push(message);
    expect(messages).toEqual([
      { kind: "retry", ms: 3000 },
      { kind: "change", change: { seq: 3, type: "list.deleted", id: 2, data: null } },
    ]);
    expect([requests[0]?.url, requests[0]?.headers.get("authorization"), requests[0]?.headers.get("accept")]).toEqual([
      "https://todo.example/api/u/events?since=2",
      "Bearer jwt",
      "text/event-stream",
    ]);
    const problem = { type: "about:blank", title: "Too Many Requests", status: 429, detail: "close one" };
    const refused = fakeClient(() =>
      Response.json(problem, { status: 429, headers: { "Content-Type": "application/problem+json" } }),
    );
    expect(await refused.client.streamChanges("u")).toEqual({ ok: false, problem });
    expect(refused.requests[0]?.url).toBe("https://todo.example/api/u/events?since=now");
  });
});
