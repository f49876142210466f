import { env } from "@/env";
import { allowHeader, type Method } from "./methods";

/**
 * What the API answers cross-origin callers (CORS_ALLOWED_ORIGINS; empty: same origin only).
 * Bearer tokens, not cookies, authenticate the API: no `Access-Control-Allow-Credentials`.
 */
const allowedOrigins = new Set(env.CORS_ALLOWED_ORIGINS);

/** The API's response headers beyond the CORS-safelisted ones, which a browser client may read. */
const EXPOSED_HEADERS =
  "Allow, ETag, Link, Location, Preference-Applied, Retry-After, WWW-Authenticate, X-Request-Id, X-Total-Count";
/** The request headers the API reads beyond the CORS-safelisted ones. */
const ALLOWED_HEADERS = "Authorization, Content-Type, If-Match, Last-Event-ID, Prefer";
/** How long a browser may reuse a preflight's answer, in seconds (Chromium honours at most 7200). */
const PREFLIGHT_MAX_AGE = "7200";

/**
 * Grants an allowed `Origin` the answer (errors included) and the headers the API sends; with an
 * allow-list, every answer says it varies by `Origin`, so that caches never hand one origin's to another.
 */
export function grantCors(request: Request, headers: Headers): void {
  if (allowedOrigins.size === 0) return;
  headers.append("Vary", "Origin");
  const origin = request.headers.get("origin");
  if (origin === null || !allowedOrigins.has(origin)) return;
  headers.set("Access-Control-Allow-Origin", origin);
  headers.set("Access-Control-Expose-Headers", EXPOSED_HEADERS);
}

/**
 * A route's `OPTIONS` handler: 204 with `Allow`, and for an allowed origin's preflight the route's
 * methods and the headers the API reads. Another origin gets no grant.
 */
export function preflight(implemented: Method[]) {
  const allow = allowHeader(implemented);
  return async (request: Request) => preflightResponse(request, allow);
}

/** The answer to `OPTIONS` for a route allowing `allow`. */
function preflightResponse(request: Request, allow: string): Response {
  const headers = new Headers({ Allow: allow });
  grantCors(request, headers);
  if (headers.has("Access-Control-Allow-Origin")) {
    headers.set("Access-Control-Allow-Methods", allow);
    headers.set("Access-Control-Allow-Headers", ALLOWED_HEADERS);
    headers.set("Access-Control-Max-Age", PREFLIGHT_MAX_AGE);
  }
  return new Response(null, { status: 204, headers });
}
