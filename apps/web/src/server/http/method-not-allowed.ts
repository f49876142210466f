import { apiRoute } from "./api-route";
import { HttpError } from "./errors";

/** Handlers for the methods a route does not have: 405 problem+json with `Allow`. */
export function methodNotAllowed(allowed: string[]) {
  const handler = apiRoute(async () => {
    throw new HttpError(405, `This resource allows ${allowed.join(", ")}`, { headers: { Allow: allowed.join(", ") } });
  });
  return { GET: handler, POST: handler, PUT: handler, PATCH: handler, DELETE: handler };
}
