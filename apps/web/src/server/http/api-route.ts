import "server-only";
import type { Answer } from "./answer-log";
import { grantCors } from "./cors";
import { errorResponse } from "./error-response";
import { notModifiedWhenCurrent } from "./if-none-match";
import { runRequest } from "./request-pipeline";

export type RouteHandler<P> = (request: Request, context: { params: Promise<P> }) => Promise<Response>;

const API_EVENTS = { refused: "access_refused", failed: "unhandled_error" };

/**
 * An API route in the request pipeline: every error it throws mapped to an answer in one place
 * (errorResponse), a conditional GET answered 304 when nothing changed, and the CORS grant on
 * every answer, errors included.
 */
export function apiRoute<P>(handler: RouteHandler<P>): RouteHandler<P> {
  return (request, context) =>
    runRequest(request, API_EVENTS, async (requestId) => {
      let answer: Answer;
      try {
        answer = { response: notModifiedWhenCurrent(request, await handler(request, context)) };
      } catch (failure) {
        answer = { response: errorResponse(failure, requestId), failure };
      }
      grantCors(request, answer.response.headers);
      return answer;
    });
}
