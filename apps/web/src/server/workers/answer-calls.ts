import { parentPort } from "node:worker_threads";
import type { WorkerCall, WorkerReply } from "./worker-calls";

/** The worker thread's side of IdleWorker: answers each call with `handle`'s result, or the message of what it threw. */
export function answerCalls<Request, Result>(handle: (request: Request) => Result | Promise<Result>): void {
  const port = parentPort;
  if (!port) throw new Error("answerCalls runs in a worker thread");
  port.on("message", async ({ id, request }: WorkerCall<Request>) => {
    let reply: WorkerReply<Result>;
    try {
      reply = { id, result: await handle(request) };
    } catch (failure) {
      reply = { id, failure: failure instanceof Error ? failure.message : String(failure) };
    }
    port.postMessage(reply);
  });
}
