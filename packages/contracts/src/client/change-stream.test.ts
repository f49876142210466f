import { describe, expect, it } from "vitest";
import type { Change } from "../change";
import { type ChangeStreamReaders, openChangeStream } from "./change-stream";
import { changeStreamReaders } from "./client";
import type { ApiResult } from "./result";

/** The readers, counting their calls; a change is parsed only after `release` is called, as a chunk that loads late. */
function lateReaders() {
  const calls = { parseChange: 0, readRefusal: 0 };
  let release = () => {};
  const loaded = new Promise<void>((resolve) => {
    release = resolve;
  });
  const readers: ChangeStreamReaders = {
    async parseChange(data) {
      calls.parseChange++;
      await loaded;
      return changeStreamReaders.parseChange(data);
    },
    async readRefusal(response) {
      calls.readRefusal++;
      await loaded;
      return changeStreamReaders.readRefusal(response);
    },
  };
  return { readers, calls, release };
}

function connection(answer: () => Response) {
  const urls: string[] = [];
  return {
    urls,
    connection: {
      baseUrl: "https://todo.example/",
      getToken: () => "jwt",
      fetch: async (input: RequestInfo | URL) => {
        urls.push(String(input));
        return answer();
      },
    },
  };
}

const stream = (text: string) => new Response(text, { headers: { "Content-Type": "text/event-stream" } });

describe("openChangeStream", () => {
  it("opens and reads positions and retry hints without the readers, which it asks only for a change", async () => {
    const { readers, calls, release } = lateReaders();
    const change: Change = { seq: 5, type: "task.deleted", id: 3, data: null };
    const { connection: to, urls } = connection(() =>
      stream(`retry: 3000\n\nid: 4\n\n: keep-alive\n\nid: 5\nevent: task.deleted\ndata: ${JSON.stringify(change)}\n\n`),
    );
    const result = await openChangeStream(to, "u 1", { since: 2 }, readers);
    if (!result.ok) throw new Error("expected the stream");
    expect(urls).toEqual(["https://todo.example/api/u%201/events?since=2"]);
    const messages = result.data;
    expect((await messages.next()).value).toEqual({ kind: "retry", ms: 3000 });
    expect((await messages.next()).value).toEqual({ kind: "position", seq: 4 });
    expect(calls).toEqual({ parseChange: 0, readRefusal: 0 });
    // The change waits for its reader, and comes in its place.
    const next = messages.next();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(calls.parseChange).toBe(1);
    release();
    expect((await next).value).toEqual({ kind: "change", change });
    expect((await messages.next()).done).toBe(true);
  });

  it("ends the stream with the reader's error when a change breaks the contract", async () => {
    const { readers, release } = lateReaders();
    release();
    const bad = { seq: 5, type: "task.updated", id: 3, data: null };
    const { connection: to } = connection(() => stream(`id: 4\n\nid: 5\ndata: ${JSON.stringify(bad)}\n\n`));
    const result = await openChangeStream(to, "u", {}, readers);
    if (!result.ok) throw new Error("expected the stream");
    expect((await result.data.next()).value).toEqual({ kind: "position", seq: 4 });
    await expect(result.data.next()).rejects.toThrow();
  });

  it("answers a refusal with the problem its reader reads; a network failure (status 0) and a success without a body without it", async () => {
    const { readers, calls, release } = lateReaders();
    release();
    const problem = { type: "about:blank", title: "Gone", status: 410, detail: "start from now" };
    const { connection: to, urls } = connection(() =>
      Response.json(problem, { status: 410, headers: { "Content-Type": "application/problem+json" } }),
    );
    expect(await openChangeStream(to, "u", {}, readers)).toEqual({ ok: false, problem });
    expect(urls).toEqual(["https://todo.example/api/u/events?since=now"]);
    const unreachable = await openChangeStream(
      {
        baseUrl: "",
        getToken: () => "jwt",
        fetch: async () => {
          throw new TypeError("Failed to fetch");
        },
      },
      "u",
      {},
      readers,
    );
    expect(unreachable).toEqual({
      ok: false,
      problem: { type: "about:blank", title: "Network error", status: 0, detail: "Failed to fetch" },
    } satisfies ApiResult<never>);
    const empty = connection(() => new Response(null, { status: 200 }));
    expect(await openChangeStream(empty.connection, "u", {}, readers)).toEqual({
      ok: false,
      problem: { type: "about:blank", title: "No stream in the answer", status: 200 },
    });
    expect(calls).toEqual({ parseChange: 0, readRefusal: 1 });
  });

  it("gives a refusal's Retry-After in seconds, a date's counted from the answer's Date, and none it cannot read", async () => {
    const { readers, release } = lateReaders();
    release();
    const refusal = (headers: Record<string, string>) =>
      connection(() => new Response(null, { status: 503, statusText: "Service Unavailable", headers })).connection;
    const problem = { type: "about:blank", title: "Service Unavailable", status: 503 };
    expect(await openChangeStream(refusal({ "Retry-After": "5" }), "u", {}, readers)).toEqual({
      ok: false,
      problem,
      retryAfterSeconds: 5,
    });
    // A server whose clock (and so its date) is an hour off this device's: the wait is the same 3 s.
    const hourAgo = (seconds: number) => new Date(Date.now() - 3_600_000 + seconds * 1000).toUTCString();
    expect(await openChangeStream(refusal({ "Retry-After": hourAgo(3), Date: hourAgo(0) }), "u", {}, readers)).toEqual({
      ok: false,
      problem,
      retryAfterSeconds: 3,
    });
    expect(await openChangeStream(refusal({ "Retry-After": "soon" }), "u", {}, readers)).toEqual({
      ok: false,
      problem,
    });
    expect(await openChangeStream(refusal({}), "u", {}, readers)).toEqual({ ok: false, problem });
  });
});
