import {
  InvalidCursorError,
  isDatabaseUnavailable,
  ListConflictError,
  ListNotFoundError,
  TaskChangedError,
  TaskNotFoundError,
} from "@todo/db";
import { databaseUnavailableResponse } from "./database-unavailable";
import { HttpError } from "./errors";
import { problemResponse } from "./problem";

/** The one place an error becomes a response: known errors get their status, others a bare 500. */
export function errorResponse(error: unknown, requestId: string): Response {
  if (error instanceof HttpError) {
    return problemResponse(error.status, { detail: error.detail, requestId, ...error.extra });
  }
  if (error instanceof TaskNotFoundError) {
    return problemResponse(404, { detail: "No such task", requestId });
  }
  if (error instanceof ListNotFoundError) {
    return problemResponse(404, { detail: "No such list", requestId });
  }
  if (error instanceof ListConflictError) {
    return problemResponse(409, { detail: error.message, requestId });
  }
  if (error instanceof TaskChangedError) {
    return problemResponse(412, {
      detail: "The task was changed since you read it: fetch it again and retry",
      requestId,
    });
  }
  if (error instanceof InvalidCursorError) {
    return problemResponse(400, {
      detail: "Invalid query parameters",
      errors: [{ path: "cursor", message: error.message }],
      requestId,
    });
  }
  if (isDatabaseUnavailable(error)) return databaseUnavailableResponse(requestId);
  return problemResponse(500, { detail: "Something went wrong on our side", requestId });
}
