import { log } from "@/server/log";
import { problemResponse } from "./problem";

/**
 * Whether a path's %-escapes decode to text: `%FF`, or `%ED%A0%80` (a lone surrogate), are no UTF-8, and
 * Next.js answers such a path with a bare `500 Internal Server Error` before any route sees it.
 */
export function decodesAsText(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/** What the proxy answers in Next.js's stead: the client's mistake, said and logged as every other one is. */
export function undecodablePath(request: Request): Response {
  const requestId = crypto.randomUUID();
  log("warn", "request_refused", { requestId, method: request.method, status: 400, reason: "undecodable_path" });
  return problemResponse(400, {
    detail:
      "The path holds a %-escape that is malformed or not UTF-8 (such as %FF): escape each byte of a character's UTF-8 form",
    requestId,
    headers: { "X-Request-Id": requestId },
  });
}
