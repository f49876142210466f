import { apiRoute } from "./api-route";
import { preflightResponse } from "./cors";
import { HttpError } from "./errors";

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
type Method = (typeof METHODS)[number];

/**
 * The handlers a route file adds for what it does not implement: 405 problem+json with `Allow`
 * for each missing method, and `OPTIONS` answering 204 with the same `Allow` (and, for an allowed
 * origin, the CORS preflight grant).
 */
export function methodNotAllowed(implemented: Method[]) {
  const allow = [...implemented, ...(implemented.includes("GET") ? ["HEAD"] : []), "OPTIONS"].join(", ");
  const refuse = apiRoute(async () => {
    throw new HttpError(405, `This resource allows ${allow}`, { headers: { Allow: allow } });
  });
  const handlers = Object.fromEntries(METHODS.map((method) => [method, refuse])) as Record<Method, typeof refuse>;
  return { ...handlers, OPTIONS: async (request: Request) => preflightResponse(request, allow) };
}
