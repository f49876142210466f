import "server-only";
import { randomUUID } from "node:crypto";
import { errorResponse } from "./error-response";

type RouteHandler<P> = (request: Request, context: { params: Promise<P> }) => Promise<Response>;

/** Wraps a route handler: a request id on every answer, every error mapped in one place. */
export function apiRoute<P>(handler: RouteHandler<P>): RouteHandler<P> {
  return async (request, context) => {
    const requestId = randomUUID();
    let response: Response;
    try {
      response = await handler(request, context);
    } catch (error) {
      response = errorResponse(error, requestId);
    }
    response.headers.set("X-Request-Id", requestId);
    return response;
  };
}
