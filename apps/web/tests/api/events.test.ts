import { type AppServer, startAppServer } from "@todo/test-support/app-server";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { apiUser, must } from "../support/api-user";
import { changeOf, openEvents } from "../support/event-stream";
import { expectProblem } from "../support/problems";
import { serverSigner } from "../support/server-signer";
import { WEB_DIR } from "../support/web-dir";

const appUrl = inject("appUrl");
const databaseUrl = inject("databaseUrl");
// A second instance on the same database (so the same users and tokens) that cannot LISTEN and polls
// the log instead: a change made on one instance must reach a stream on the other either way.
let polling: AppServer;
beforeAll(async () => {
  polling = await startAppServer(WEB_DIR, {
    DATABASE_URL: databaseUrl,
    BETTER_AUTH_URL: appUrl,
    DATABASE_LISTEN: "off",
    API_RATE_LIMIT_PER_MINUTE: "100000",
  });
}, 60_000);
afterAll(async () => {
  await polling?.stop();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** How many live streams the user has registered, on any instance. */
async function openStreamsOf(userId: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query("select count(*)::int as n from change_stream where user_id = $1", [userId]);
    return rows[0].n;
  } finally {
    await client.end();
  }
}

describe("GET /api/{userId}/events", () => {
  it("answers an event stream that starts with retry and its position, then sends each new change within a second", async () => {
    const user = await apiUser(appUrl);
    const stream = await openEvents(appUrl, user);
    try {
      expect({
        status: stream.response.status,
        type: stream.response.headers.get("content-type"),
        cache: stream.response.headers.get("cache-control"),
        buffering: stream.response.headers.get("x-accel-buffering"),
        requestId: stream.response.headers.get("x-request-id"),
      }).toEqual({
        status: 200,
        type: "text/event-stream; charset=utf-8",
        cache: "no-store, no-transform",
        buffering: "no",
        requestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      });
      // The Inbox, made with the account, is seq 1: the stream starts after it.
      await stream.waitFor((message) => message.id === "1");
      expect(stream.messages.slice(0, 2)).toEqual([
        { lastEventId: "", retry: 3000, comments: [] },
        { lastEventId: "1", id: "1", comments: [] },
      ]);
      const task = must(await user.client.createTask(user.userId, { title: "Live" }));
      const written = performance.now();
      const event = await stream.waitFor(changeOf("task.created", task.id), 1_000);
      expect(performance.now() - written).toBeLessThan(1_000);
      expect(event).toEqual({
        lastEventId: "2",
        id: "2",
        event: "task.created",
        data: JSON.stringify({ seq: 2, type: "task.created", id: task.id, data: task }),
        comments: [],
      });
      await stream.waitFor(changeOf("list.updated", task.listId), 1_000);
    } finally {
      stream.close();
    }
  });

  it("replays the changes after Last-Event-ID, which wins over since, in order, then goes on live", async () => {
    const user = await apiUser(appUrl);
    const tasks = [];
    for (const title of ["a", "b", "c"]) tasks.push(must(await user.client.createTask(user.userId, { title })));
    // seq 1 the Inbox; each task its creation and the Inbox's count: 2–7.
    const stream = await openEvents(appUrl, user, { since: 0, lastEventId: "3" });
    try {
      await stream.waitFor((message) => message.id === "7");
      expect(stream.messages.filter((m) => m.id).map((m) => [m.id, m.event])).toEqual([
        ["4", "task.created"],
        ["5", "list.updated"],
        ["6", "task.created"],
        ["7", "list.updated"],
      ]);
      must(await user.client.completeTask(user.userId, tasks[0]?.id as number));
      await stream.waitFor(changeOf("task.updated", tasks[0]?.id as number), 1_000);
    } finally {
      stream.close();
    }
  });

  it("replays after ?since=, leaving out the change of a task deleted since (its deletion follows)", async () => {
    const user = await apiUser(appUrl);
    const gone = must(await user.client.createTask(user.userId, { title: "gone" }));
    must(await user.client.deleteTask(user.userId, gone.id));
    // 2 created (gone now), 3 the Inbox's count, 4 deleted, 5 the Inbox's count.
    const stream = await openEvents(appUrl, user, { since: 1 });
    try {
      await stream.waitFor((message) => message.id === "5");
      expect(stream.messages.map((m) => [m.id, m.event, m.retry])).toEqual([
        [undefined, undefined, 3000],
        ["3", "list.updated", undefined],
        ["4", "task.deleted", undefined],
        ["5", "list.updated", undefined],
      ]);
    } finally {
      stream.close();
    }
  });

  it("delivers a change made on one instance to a stream on another within a second, both ways", async () => {
    const user = await apiUser(appUrl);
    const onPolling = await openEvents(polling.url, user);
    const onListening = await openEvents(appUrl, user);
    try {
      await Promise.all([onPolling.waitFor((m) => m.id === "1"), onListening.waitFor((m) => m.id === "1")]);
      const viaListening = must(await user.client.createTask(user.userId, { title: "made on the listening one" }));
      let written = performance.now();
      await onPolling.waitFor(changeOf("task.created", viaListening.id), 1_000);
      expect(performance.now() - written).toBeLessThan(1_000);
      const response = await fetch(`${polling.url}/api/${user.userId}/tasks`, {
        method: "POST",
        headers: { Authorization: `Bearer ${user.token}`, "Content-Type": "application/json" },
        body: JSON.stringify({ title: "made on the polling one" }),
      });
      written = performance.now();
      const viaPolling = (await response.json()) as { id: number };
      await onListening.waitFor(changeOf("task.created", viaPolling.id), 1_000);
      expect(performance.now() - written).toBeLessThan(1_000);
      // Both streams say the same, in the same order: 2–5, two creations and the Inbox's count after each.
      await Promise.all([onPolling.waitFor((m) => m.id === "5"), onListening.waitFor((m) => m.id === "5")]);
      expect(onPolling.changes().map((change) => change.seq)).toEqual([2, 3, 4, 5]);
      expect(onPolling.changes()).toEqual(onListening.changes());
    } finally {
      onPolling.close();
      onListening.close();
    }
  });

  it("allows 10 open streams per user across instances, the 11th is 429; a stream closed frees its place", async () => {
    const user = await apiUser(appUrl);
    const streams = [];
    for (let i = 0; i < 10; i++) streams.push(await openEvents(i % 2 ? polling.url : appUrl, user));
    try {
      expect(streams.map((stream) => stream.response.status)).toEqual(Array(10).fill(200));
      const refused = await fetch(`${appUrl}/api/${user.userId}/events`, {
        headers: { Authorization: `Bearer ${user.token}` },
      });
      expect(refused.headers.get("retry-after")).toBe("30");
      await expectProblem(refused, 429, "At most 10 event streams may be open at once for a user: close one first");
      // Another user's streams are theirs.
      const other = await apiUser(appUrl);
      const theirs = await openEvents(polling.url, other);
      expect(theirs.response.status).toBe(200);
      theirs.close();
      streams.pop()?.close();
      await expect.poll(() => openStreamsOf(user.userId), { timeout: 3_000 }).toBe(9);
      const again = await openEvents(appUrl, user);
      streams.push(again);
      expect(again.response.status).toBe(200);
    } finally {
      for (const stream of streams) stream.close();
    }
    await expect.poll(() => openStreamsOf(user.userId), { timeout: 3_000 }).toBe(0);
  });

  it("410 for a Last-Event-ID or since the log never reached; 400 for one that is not a seq", async () => {
    const user = await apiUser(appUrl);
    const events = (query: string, headers: Record<string, string> = {}) =>
      fetch(`${appUrl}/api/${user.userId}/events${query}`, {
        headers: { Authorization: `Bearer ${user.token}`, ...headers },
      });
    const gone =
      "The change log has no seq 9: it ends at 1: list the tasks and lists afresh, then go on from since=now";
    await expectProblem(await events("", { "Last-Event-ID": "9" }), 410, gone);
    await expectProblem(await events("?since=9"), 410, gone);
    await expectProblem(await events("", { "Last-Event-ID": "abc" }), 400, "Invalid Last-Event-ID", [
      { path: "Last-Event-ID", message: "Last-Event-ID must be the id of an event this stream sent (a seq)" },
    ]);
    await expectProblem(await events("?since=x"), 400, "Invalid query parameters", [
      { path: "since", message: "since must be a seq (a whole number, 0 or more) or now" },
    ]);
    await expectProblem(await events("?limit=5"), 400, "Invalid query parameters", [
      { path: "limit", message: "Unknown parameter" },
    ]);
    // None of the refusals kept a place.
    expect(await openStreamsOf(user.userId)).toBe(0);
  });

  it("401 without a token and 403 for another user's stream", async () => {
    const [user, other] = [await apiUser(appUrl), await apiUser(appUrl)];
    await expectProblem(await fetch(`${appUrl}/api/${user.userId}/events`), 401, "A bearer token is required");
    const response = await fetch(`${appUrl}/api/${user.userId}/events`, {
      headers: { Authorization: `Bearer ${other.token}` },
    });
    await expectProblem(response, 403, "This token belongs to another user");
  });

  it("sends a keep-alive comment every 25 s", async () => {
    const user = await apiUser(appUrl);
    const stream = await openEvents(appUrl, user);
    try {
      const first = await stream.waitFor((message) => message.comments.length > 0, 26_000);
      expect(first).toEqual({ lastEventId: "1", comments: ["keep-alive"] });
    } finally {
      stream.close();
    }
  }, 30_000);

  it("answers HEAD with the stream's headers and status, opening none", async () => {
    const user = await apiUser(appUrl);
    const head = (headers: Record<string, string> = {}) =>
      fetch(`${appUrl}/api/${user.userId}/events`, {
        method: "HEAD",
        headers: { Authorization: `Bearer ${user.token}`, ...headers },
      });
    const ok = await head();
    expect([ok.status, ok.headers.get("content-type"), await ok.text()]).toEqual([
      200,
      "text/event-stream; charset=utf-8",
      "",
    ]);
    expect((await head({ "Last-Event-ID": "9" })).status).toBe(410);
    await sleep(300);
    expect(await openStreamsOf(user.userId)).toBe(0);
  });

  it("ends the stream when the token that opened it expires, with retry: 0, keeping no place", async () => {
    const user = await apiUser(appUrl);
    const signer = await serverSigner(databaseUrl);
    const exp = Math.floor(Date.now() / 1000) + 3;
    const token = await signer.sign({ sub: user.userId, iss: appUrl, aud: appUrl, iat: exp - 3, exp });
    const stream = await openEvents(appUrl, { userId: user.userId, token });
    try {
      expect(stream.response.status).toBe(200);
      const task = must(await user.client.createTask(user.userId, { title: "Before expiry" }));
      await stream.waitFor(changeOf("task.created", task.id), 1_000);
      await stream.ended(exp * 1000 - Date.now() + 2_000);
      // Not before its time: the token was good until exp (a second's rounding of the server's clock aside).
      expect(Date.now()).toBeGreaterThanOrEqual(exp * 1000 - 50);
      expect(stream.messages.at(-1)).toEqual({
        lastEventId: stream.messages.at(-2)?.lastEventId,
        retry: 0,
        comments: [],
      });
      await expect.poll(() => openStreamsOf(user.userId), { timeout: 3_000 }).toBe(0);
    } finally {
      stream.close();
    }
    // Nor can the same token open another: the client reconnects with a new one.
    await expectProblem(
      await fetch(`${appUrl}/api/${user.userId}/events`, { headers: { Authorization: `Bearer ${token}` } }),
      401,
      "The token has expired",
    );
  });

  it("keeps no place for a stream whose client went away", async () => {
    const user = await apiUser(appUrl);
    const stream = await openEvents(appUrl, user);
    await stream.waitFor((message) => message.id === "1");
    expect(await openStreamsOf(user.userId)).toBe(1);
    stream.close();
    await expect.poll(() => openStreamsOf(user.userId), { timeout: 3_000 }).toBe(0);
    await sleep(100);
  });
});
