import { problemResponse } from "./problem";

const CONNECTION_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EHOSTUNREACH", "ENOTFOUND", "EPIPE"]);

/** Whether an error, or any error that caused it, says the database cannot be reached now. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error; e instanceof Error; e = e.cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string") {
      // 08: connection exception; 57P0x: server shutting down; 53300: too many connections.
      if (CONNECTION_CODES.has(code) || code.startsWith("08") || code.startsWith("57P0") || code === "53300")
        return true;
    }
    if (/timeout exceeded when trying to connect|Connection terminated|connection timeout/i.test(e.message))
      return true;
  }
  return false;
}

/** The answer while the database cannot be reached: 503, and when to ask again. */
export function databaseUnavailableResponse(requestId?: string): Response {
  return problemResponse(503, {
    detail: "The database is unavailable; try again shortly",
    requestId,
    headers: { "Retry-After": "5" },
  });
}
