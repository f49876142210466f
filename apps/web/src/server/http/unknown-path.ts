import { apiRoute } from "./api-route";
import { HttpError } from "./errors";

/**
 * The handlers of a catch-all route under /api: any path no route serves answers 404
 * problem+json, whatever the method, as the rest of the API does — not Next.js's HTML page.
 */
export function unknownPath() {
  const refuse = apiRoute(async (request) => {
    throw new HttpError(404, `Nothing is served at ${new URL(request.url).pathname}; see /docs for the API`);
  });
  return { GET: refuse, POST: refuse, PUT: refuse, PATCH: refuse, DELETE: refuse, OPTIONS: refuse };
}
