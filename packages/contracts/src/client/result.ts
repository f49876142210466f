import type { Problem } from "../problem";

/** What every client method answers: the data (and the task's ETag when the server sent one), or a problem. */
export type ApiResult<T> = { ok: true; data: T; etag?: string } | { ok: false; problem: Problem };

/** A problem for an error answer whose body is not `application/problem+json` (a proxy's HTML page, say). */
export function problemFromStatus(status: number, statusText = ""): Problem {
  return { type: "about:blank", title: statusText || `HTTP ${status}`, status };
}

/** The request never got an answer (offline, DNS, CORS, abort): status 0, as browsers report it. */
export function networkProblem(error: unknown): Problem {
  const detail = error instanceof Error ? error.message : String(error);
  return { type: "about:blank", title: "Network error", status: 0, detail };
}
