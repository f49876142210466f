import "server-only";
import { storable, UNSTORABLE_TEXT } from "@todo/contracts";
import { APIError } from "better-auth/api";

/**
 * Where in a request's input (`body`, `query`, `params`) a text holds what PostgreSQL's text cannot
 * (U+0000) or no UTF-8 can (a lone surrogate), as `body.name` or `query.token`; null when there is none.
 * Keys count too: `{"a\u0000": 1}` is no better a body than `{"a": "\u0000"}`. Walked without recursion:
 * 16 KiB of JSON nests 8,000 arrays deep, more than the call stack holds.
 */
function unstorableTextPath(input: unknown, inputPath: string): string | null {
  // Breadth first, in the order the fields came: the first bad one is the one named.
  const pending: [unknown, string][] = [[input, inputPath]];
  for (const [value, path] of pending) {
    if (typeof value === "string") {
      if (!storable(value)) return path;
    } else if (typeof value === "object" && value !== null) {
      for (const [key, item] of Object.entries(value)) {
        if (!storable(key)) return path;
        pending.push([item, `${path}.${key}`]);
      }
    }
  }
  return null;
}

/**
 * Refuses a request to Better Auth that carries such text anywhere, as Better Auth refuses a body it
 * cannot take (400, `VALIDATION_ERROR`): its endpoints would otherwise send it to PostgreSQL, which
 * fails the query (a 500: a NUL in a reset link's token, a session's token, a name), or store a
 * lone surrogate as U+FFFD, not as sent. A password counts too: one that cannot be typed is no password.
 */
export function refuseUnstorableText(input: { body?: unknown; query?: unknown; params?: unknown }): void {
  const path =
    unstorableTextPath(input.body, "body") ??
    unstorableTextPath(input.query, "query") ??
    unstorableTextPath(input.params, "params");
  if (path) throw new APIError("BAD_REQUEST", { message: `[${path}] ${UNSTORABLE_TEXT}`, code: "VALIDATION_ERROR" });
}
