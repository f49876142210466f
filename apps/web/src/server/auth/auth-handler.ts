import "server-only";
import { isDatabaseUnavailable } from "@todo/db";
import { getSessionCookie } from "better-auth/cookies";
import { databaseAnswers } from "../db";
import { isSecurityStatus } from "../http/answer-log";
import { databaseUnavailableResponse } from "../http/database-unavailable";
import { errorResponse } from "../http/error-response";
import { HttpError } from "../http/errors";
import { readLimited } from "../http/parse";
import { runRequest } from "../http/request-pipeline";
import { rateLimitRefusals } from "../metrics/operations-metrics";
import { getAuth } from "./auth";
import { authDatabaseFaults } from "./auth-logger";

const AUTH_EVENTS = { refused: "auth_refused", failed: "auth_error" };
const CREDENTIAL_PATHS = /^\/api\/auth\/sign-(in|up)\//;
const SIGN_UP = /^\/api\/auth\/sign-up\/email$/;
// The public keys that verify the JWTs: no secret, and a verifier elsewhere may keep them between tokens.
const PUBLIC_PATHS = /^\/api\/auth\/jwks$/;

/**
 * Better Auth's handler in the request pipeline, with what the API has too: `Cache-Control: no-store`
 * on every answer that does not say otherwise but the public keys (sessions, JWTs and accounts are never
 * for a cache to keep; RFC 6749 § 5.1 asks it of a token's answer, and Better Auth sets it only on
 * `get-session`), the standard `Retry-After` on 429s (Better Auth sends only its own `X-Retry-After`),
 * refusals logged as security events (every failed sign-in and sign-up; a 401, 403 or 429 anywhere)
 * with Better Auth's code but never a body, so never a password, and a 503 in place of what Better
 * Auth says when the database is away.
 */
export function handleAuthRequest(request: Request): Promise<Response> {
  return runRequest(request, AUTH_EVENTS, async (requestId) => {
    let bounded: Request;
    try {
      bounded = await withBodyRead(request);
    } catch (error) {
      if (error instanceof HttpError) return { response: errorResponse(error, requestId) };
      throw error;
    }
    const { pathname } = new URL(request.url);
    const response = SIGN_UP.test(pathname)
      ? await signUpAnswer(bounded, requestId)
      : await answerOrOutage(bounded, requestId);
    if (!response.headers.has("cache-control") && !PUBLIC_PATHS.test(pathname))
      response.headers.set("Cache-Control", "no-store");
    const retryAfter = response.headers.get("x-retry-after");
    if (response.status === 429) rateLimitRefusals().labels("auth").inc();
    if (response.status === 429 && retryAfter && !response.headers.has("retry-after")) {
      response.headers.set("Retry-After", retryAfter);
    }
    const { status } = response;
    const credentials = CREDENTIAL_PATHS.test(pathname);
    if (!isSecurityStatus(status) && !(status >= 400 && status < 500 && credentials)) return { response };
    const code = await errorCode(response);
    // Which site was refused is what an operator needs to fix trustedOrigins, if it was theirs.
    const origin = code === "INVALID_ORIGIN" ? request.headers.get("origin") : null;
    return { response, refused: true, fields: { code, ...(origin && { origin }) } };
  });
}

/**
 * The request with its body read, 413 past the API's limit: Better Auth reads a body whole before its
 * schema looks at it, so a client could otherwise make the server hold any number of megabytes per request.
 */
async function withBodyRead(request: Request): Promise<Request> {
  if (request.method === "GET" || request.method === "HEAD") return request;
  return new Request(request, { body: new Uint8Array(await readLimited(request)) });
}

/** Better Auth's code for a refusal (e.g. INVALID_EMAIL_OR_PASSWORD), read from a copy of its JSON body. */
async function errorCode(response: Response): Promise<string | undefined> {
  try {
    const body: unknown = await response.clone().json();
    const code = (body as { code?: unknown } | null)?.code;
    return typeof code === "string" ? code : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Two sign-ups with one email at once both find it free, and one insert wins: Better Auth answers the other 422
 * FAILED_TO_CREATE_USER (and logs the duplicate as an error), where a sign-up a moment later gets its answer for
 * an email that is taken. Such a sign-up is asked once more, and gets that answer: the same for a race as for
 * any second sign-up. Once more only: whatever else made the user's insert fail then fails it again, answered alike.
 */
async function signUpAnswer(request: Request, requestId: string): Promise<Response> {
  const again = request.clone();
  const response = await answerOrOutage(request, requestId);
  if (response.status !== 422 || (await errorCode(response)) !== "FAILED_TO_CREATE_USER") return response;
  return answerOrOutage(again, requestId);
}

/**
 * Answers Better Auth gives alike whether the database said so or failed: a 500; a 401 to a browser with a session
 * cookie ("no such session"); a sign-up's 422 FAILED_TO_CREATE_USER (its insert failed, for whatever reason); and a
 * sign-out's 200, which it answers even when the session's row could not be deleted (the session, and its JWTs,
 * would live on while the browser believes itself signed out).
 */
async function doubtful(request: Request, response: Response): Promise<boolean> {
  if (response.status >= 500) return true;
  if (response.status === 401) return getSessionCookie(request) !== null;
  if (response.status === 422) return (await errorCode(response)) === "FAILED_TO_CREATE_USER";
  return response.ok && new URL(request.url).pathname.endsWith("/sign-out");
}

/**
 * Better Auth cannot tell "no such session" from "sessions cannot be read": while the database is
 * away, or too slow to answer (a lock, a pool with no connection free in time), it answers a signed-in
 * browser's token request 401, which would send the user to sign in, and throws or answers 500
 * elsewhere (`doubtful`). Any of these becomes the API's 503 with `Retry-After` when Better Auth met a database
 * fault meanwhile (`authDatabaseFaults`: an error it caught and logged, perhaps another request's at
 * the same moment, which only turns a doubtful answer into "try again") or the database does not
 * answer a ping. A 401 without a session cookie is true either way.
 */
async function answerOrOutage(request: Request, requestId: string): Promise<Response> {
  const faultsBefore = authDatabaseFaults();
  let response: Response;
  try {
    response = await getAuth().handler(request);
  } catch (error) {
    if (isDatabaseUnavailable(error) || !(await databaseAnswers())) return databaseUnavailableResponse(requestId);
    throw error;
  }
  if (!(await doubtful(request, response))) return response;
  const outage = authDatabaseFaults() !== faultsBefore || !(await databaseAnswers());
  return outage ? databaseUnavailableResponse(requestId) : response;
}
