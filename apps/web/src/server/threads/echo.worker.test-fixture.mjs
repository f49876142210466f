// A worker for idle-worker.test.ts, speaking idleWorker's protocol: replies with its thread's id after `delay` ms,
// fails with `fail`'s message, or exits at once on `exit`.
import { parentPort, threadId } from "node:worker_threads";

parentPort.on("message", ({ id, request }) => {
  if (request.exit) process.exit(3);
  setTimeout(() => {
    if (request.fail) parentPort.postMessage({ id, error: request.fail });
    else parentPort.postMessage({ id, result: { echo: request.echo, threadId } });
  }, request.delay ?? 0);
});
