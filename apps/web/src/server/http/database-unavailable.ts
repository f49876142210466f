import { problemResponse } from "./problem";

/** The answer while the database cannot serve: 503, and when to ask again. */
export function databaseUnavailableResponse(requestId?: string): Response {
  return problemResponse(503, {
    detail: "The database is unavailable; try again shortly",
    requestId,
    headers: { "Retry-After": "5" },
  });
}
