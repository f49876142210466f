import "server-only";
import { randomUUID } from "node:crypto";
import { recordRequest } from "../metrics/http-metrics";
import { routeTemplate } from "../metrics/route-template";
import { isUncounted } from "../metrics/uncounted-requests";
import { type Answer, type AnswerEvents, logAnswer } from "./answer-log";

/**
 * The pipeline every route runs in, the API's and Better Auth's alike: a request id, answered as
 * `X-Request-Id` and named in the answer's one log line, and counted in the metrics by its route's template
 * (unless the app sent it to itself: a page's in-process read).
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
  const path = new URL(request.url).pathname;
  logAnswer(request, path, requestId, started, events, answered);
  if (!isUncounted(request)) {
    recordRequest(routeTemplate(path), request.method, answered.response.status, (performance.now() - started) / 1000);
  }
  return answered.response;
}
