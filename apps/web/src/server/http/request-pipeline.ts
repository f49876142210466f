import "server-only";
import { randomUUID } from "node:crypto";
import { type Answer, type AnswerEvents, logAnswer } from "./answer-log";

/**
 * The pipeline every route runs in, the API's and Better Auth's alike: a request id, answered as
 * `X-Request-Id` and named in the answer's one log line.
 */
export async function runRequest(
  request: Request,
  events: AnswerEvents,
  answer: (requestId: string) => Promise<Answer>,
): Promise<Response> {
  const requestId = randomUUID();
  const started = performance.now();
  const answered = await answer(requestId);
  answered.response.headers.set("X-Request-Id", requestId);
  logAnswer(request, requestId, started, events, answered);
  return answered.response;
}
