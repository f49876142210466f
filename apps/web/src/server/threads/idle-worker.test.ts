import { MessageChannel, Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { idleWorker, serveRequests, type WorkerReply } from "./idle-worker";

interface Request {
  echo?: string;
  delay?: number;
  fail?: string;
  exit?: boolean;
}
type Result = { echo: string; threadId: number };

const IDLE_MS = 400;
const echoWorker = () =>
  idleWorker<Request, Result>(() => new Worker(new URL("./echo.worker.test-fixture.mjs", import.meta.url)), IDLE_MS);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("idleWorker", () => {
  it("starts the thread on the first call, and each reply reaches its own caller, in whatever order they come", async () => {
    const thread = echoWorker();
    expect(thread.running()).toBe(false);
    const slow = thread.call({ echo: "slow", delay: 80 });
    const fast = thread.call({ echo: "fast", delay: 0 });
    expect(thread.running()).toBe(true);
    const [a, b] = await Promise.all([slow, fast]);
    expect([a.echo, b.echo]).toEqual(["slow", "fast"]);
    expect(a.threadId).toBe(b.threadId);
  });

  it("stops the thread once it has been idle for its time, and starts another on the next call", async () => {
    const thread = echoWorker();
    const first = await thread.call({ echo: "a" });
    await sleep(IDLE_MS / 2);
    // A call within the idle time keeps the same thread, and starts the wait again.
    expect((await thread.call({ echo: "b" })).threadId).toBe(first.threadId);
    await sleep(IDLE_MS / 2);
    expect(thread.running()).toBe(true);
    await expect.poll(() => thread.running(), { timeout: IDLE_MS * 5 }).toBe(false);
    const next = await thread.call({ echo: "c" });
    expect(next.threadId).not.toBe(first.threadId);
  });

  it("never stops a thread while a call waits on it", async () => {
    const thread = echoWorker();
    await thread.call({ echo: "a" });
    const long = thread.call({ echo: "long", delay: IDLE_MS * 2 });
    await expect(long).resolves.toMatchObject({ echo: "long" });
  });

  it("rejects a call with the thread's error message, and keeps the thread", async () => {
    const thread = echoWorker();
    const { threadId } = await thread.call({ echo: "a" });
    await expect(thread.call({ fail: "no dictionary" })).rejects.toThrow("no dictionary");
    expect((await thread.call({ echo: "b" })).threadId).toBe(threadId);
  });

  it("fails every call waiting on a thread that died, and starts another on the next call", async () => {
    const thread = echoWorker();
    const { threadId } = await thread.call({ echo: "a" });
    const waiting = thread.call({ echo: "w", delay: 50 });
    const dying = thread.call({ exit: true });
    await expect(dying).rejects.toThrow("the worker thread exited (code 3)");
    await expect(waiting).rejects.toThrow("exited");
    expect(thread.running()).toBe(false);
    expect((await thread.call({ echo: "b" })).threadId).not.toBe(threadId);
  });
});

describe("serveRequests", () => {
  it("answers each request with its id and the handler's result, or its error's message", async () => {
    const { port1, port2 } = new MessageChannel();
    serveRequests(port1, async (n: number) => {
      if (n < 0) throw new Error(`negative: ${n}`);
      return n * 2;
    });
    const replies: WorkerReply<number>[] = [];
    port2.on("message", (reply: WorkerReply<number>) => replies.push(reply));
    port2.postMessage({ id: 1, request: 21 });
    port2.postMessage({ id: 2, request: -1 });
    await expect.poll(() => replies.length).toBe(2);
    expect(replies.sort((a, b) => a.id - b.id)).toEqual([
      { id: 1, result: 42 },
      { id: 2, error: "negative: -1" },
    ]);
    port1.close();
  });
});
