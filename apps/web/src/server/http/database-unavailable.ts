import "server-only";
import { databaseUnavailableAnswers } from "../metrics/operations-metrics";
import { problemResponse } from "./problem";

/** The answer while the database cannot serve: 503, and when to ask again; counted (the outage alert reads it). */
export function databaseUnavailableResponse(requestId?: string): Response {
  databaseUnavailableAnswers().inc();
  return problemResponse(503, {
    detail: "The database is unavailable; try again shortly",
    requestId,
    headers: { "Retry-After": "5" },
  });
}
