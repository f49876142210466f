import { setTimeout as sleep } from "node:timers/promises";
import { Worker } from "node:worker_threads";
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { typeScriptWorker } from "../../../tests/support/typescript-worker";
import type { FixtureRequest } from "./answer-calls.fixture";
import { IdleWorker } from "./idle-worker";
import { WorkerCallError } from "./worker-calls";

const started: IdleWorker<never, unknown>[] = [];

function fixture(idleMs: number) {
  let starts = 0;
  const worker = new IdleWorker<FixtureRequest, unknown>(() => {
    starts++;
    return typeScriptWorker(new URL("./answer-calls.fixture.ts", import.meta.url));
  }, idleMs);
  started.push(worker);
  return { worker, starts: () => starts };
}

/** Waits for a thread to end by its idle time. */
const ended = (worker: IdleWorker<never, unknown>) =>
  expect.poll(() => worker.running, { timeout: 10_000 }).toBe(false);

afterEach(async () => {
  for (const worker of started.splice(0)) await ended(worker);
});

describe("IdleWorker", () => {
  it("answers each call with its own result, concurrent calls out of order included", async () => {
    const { worker, starts } = fixture(100);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ echo: fc.jsonValue(), afterMs: fc.integer({ min: 0, max: 20 }) }), { maxLength: 12 }),
        async (requests) => {
          const answers = await Promise.all(requests.map((request) => worker.call(request)));
          expect(answers).toEqual(requests.map((request) => request.echo));
        },
      ),
      { numRuns: 30 },
    );
    expect(starts()).toBe(1);
  });

  it("starts with the first call, ends after its idle time counted from the last answer, and starts again", async () => {
    const { worker, starts } = fixture(1_000);
    expect(worker.running).toBe(false);
    expect(await worker.call({ echo: 1 })).toBe(1);
    expect(worker.running).toBe(true);
    await sleep(600);
    expect(await worker.call({ echo: 2 })).toBe(2);
    // 1.2 s after the first answer, 0.6 s after the second: still there.
    await sleep(600);
    expect(worker.running).toBe(true);
    await ended(worker);
    expect(await worker.call({ echo: 3 })).toBe(3);
    expect(starts()).toBe(2);
  });

  it("stays while a call is unanswered, past its idle time", async () => {
    const { worker } = fixture(50);
    await worker.call({ echo: "first" });
    const slow = worker.call({ echo: "slow", afterMs: 2_000 });
    await sleep(500);
    expect(worker.running).toBe(true);
    expect(await slow).toBe("slow");
  });

  it("rejects a call whose handler throws, with its message as a WorkerCallError, and keeps the thread for the next", async () => {
    const { worker, starts } = fixture(100);
    const failed = worker.call({ fail: "no dictionary" });
    await expect(failed).rejects.toThrow("no dictionary");
    await expect(failed).rejects.toBeInstanceOf(WorkerCallError);
    expect(await worker.call({ echo: "after" })).toBe("after");
    expect(starts()).toBe(1);
  });

  it("rejects a request the thread cannot be sent as a WorkerCallError, and still ends when idle", async () => {
    const { worker } = fixture(100);
    const unsendable = worker.call({ echo: () => "a function" });
    await expect(unsendable).rejects.toThrow(/could not be cloned/);
    await expect(unsendable).rejects.toBeInstanceOf(WorkerCallError);
    expect(await worker.call({ echo: "after" })).toBe("after");
    await ended(worker);
  });

  it("rejects the calls of a thread that fails as it loads, and the next call starts another", async () => {
    let starts = 0;
    const worker = new IdleWorker<FixtureRequest, unknown>(() => {
      starts++;
      // As a deployment missing the thread's chunk: the module fails before it answers anything.
      return starts === 1
        ? new Worker(`throw new Error("Cannot find module './password-check-worker.js'")`, { eval: true })
        : typeScriptWorker(new URL("./answer-calls.fixture.ts", import.meta.url));
    }, 100);
    started.push(worker);
    const calls = [worker.call({ echo: 1 }), worker.call({ echo: 2 })];
    for (const call of calls) {
      await expect(call).rejects.toThrow("Cannot find module");
      // The thread failed, not the work: not a WorkerCallError.
      await expect(call).rejects.not.toBeInstanceOf(WorkerCallError);
    }
    expect(worker.running).toBe(false);
    expect(await worker.call({ echo: "again" })).toBe("again");
    expect(starts).toBe(2);
  });

  it("rejects a call, not throws, when the thread cannot be made at all", async () => {
    let starts = 0;
    const worker = new IdleWorker<FixtureRequest, unknown>(() => {
      starts++;
      if (starts === 1) throw new Error("ERR_WORKER_INIT_FAILED: no memory for another thread");
      return typeScriptWorker(new URL("./answer-calls.fixture.ts", import.meta.url));
    }, 100);
    started.push(worker);
    const call = worker.call({ echo: 1 });
    expect(call).toBeInstanceOf(Promise);
    await expect(call).rejects.toThrow("no memory for another thread");
    expect(await worker.call({ echo: "again" })).toBe("again");
    expect(starts).toBe(2);
  });

  it("rejects every call a thread held when it exits, and the next call starts another", async () => {
    const { worker, starts } = fixture(100);
    const held = worker.call({ echo: "held", afterMs: 10_000 });
    await expect(worker.call({ exit: 3 })).rejects.toThrow("exited with code 3");
    await expect(held).rejects.toThrow("exited with code 3");
    expect(await worker.call({ echo: "again" })).toBe("again");
    expect(starts()).toBe(2);
  });
});
