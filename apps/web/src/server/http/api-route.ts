import "server-only";
import { randomUUID } from "node:crypto";
import { errorForLog } from "../error-for-log";
import { log } from "../log";
import { grantCors } from "./cors";
import { errorResponse } from "./error-response";

type RouteHandler<P> = (request: Request, context: { params: Promise<P> }) => Promise<Response>;

const SECURITY_STATUSES = new Set([401, 403, 429]);

/**
 * Wraps a route handler: a request id and the CORS grant on every answer, every error mapped and
 * logged in one place.
 */
export function apiRoute<P>(handler: RouteHandler<P>): RouteHandler<P> {
  return async (request, context) => {
    const requestId = randomUUID();
    const started = performance.now();
    let response: Response;
    let failure: unknown;
    try {
      response = await handler(request, context);
    } catch (error) {
      failure = error;
      response = errorResponse(error, requestId);
    }
    response.headers.set("X-Request-Id", requestId);
    grantCors(request, response.headers);
    const { status } = response;
    const fields = { requestId, method: request.method, path: new URL(request.url).pathname, status };
    if (status >= 500) {
      log("error", status === 503 ? "database_unavailable" : "unhandled_error", {
        ...fields,
        error: errorForLog(failure),
      });
    } else if (SECURITY_STATUSES.has(status)) {
      log("warn", "access_refused", fields);
    } else {
      log("debug", "request", { ...fields, ms: Math.round(performance.now() - started) });
    }
    return response;
  };
}
