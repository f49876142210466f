// A worker for idle-worker.test.ts: answers as each request says.
import { setTimeout as sleep } from "node:timers/promises";
import { answerCalls } from "./answer-calls";

export type FixtureRequest = { echo: unknown; afterMs?: number } | { fail: string } | { exit: number };

answerCalls(async (request: FixtureRequest) => {
  if ("fail" in request) throw new Error(request.fail);
  if ("exit" in request) process.exit(request.exit);
  if (request.afterMs) await sleep(request.afterMs);
  return request.echo;
});
