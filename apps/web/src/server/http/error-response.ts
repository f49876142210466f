import {
  ChangesGoneError,
  CompletionNotFoundError,
  FieldRuleError,
  InvalidCursorError,
  isDatabaseUnavailable,
  isUserGone,
  ListConflictError,
  ListNotFoundError,
  SettingsChangedError,
  TaskChangedError,
  TaskConflictError,
  TaskNotFoundError,
  type TaskRole,
  TooManyStreamsError,
} from "@todo/db";
import { STREAMS_RETRY_AFTER_SECONDS } from "../changes/stream-settings";
import { databaseUnavailableResponse } from "./database-unavailable";
import { AccountGoneError, HttpError } from "./errors";
import { problemResponse } from "./problem";

const MISSING_TASK: Record<TaskRole, string> = {
  task: "No such task",
  parent: "No such parent task",
  before: "No such task to place it before",
  after: "No such task to place it after",
};

/** The one place an error becomes a response: known errors get their status, others a bare 500. */
export function errorResponse(error: unknown, requestId: string): Response {
  if (error instanceof HttpError) {
    return problemResponse(error.status, { detail: error.detail, requestId, ...error.extra });
  }
  if (error instanceof TaskNotFoundError) {
    return problemResponse(404, { detail: MISSING_TASK[error.role], requestId });
  }
  if (error instanceof CompletionNotFoundError) {
    return problemResponse(404, { detail: "No such completion", requestId });
  }
  if (error instanceof ListNotFoundError) {
    return problemResponse(404, { detail: "No such list", requestId });
  }
  if (error instanceof ListConflictError || error instanceof TaskConflictError) {
    return problemResponse(409, { detail: error.message, requestId });
  }
  if (error instanceof TaskChangedError) {
    return problemResponse(412, {
      detail: "The task was changed since you read it: fetch it again and retry",
      requestId,
    });
  }
  if (error instanceof SettingsChangedError) {
    return problemResponse(412, {
      detail: "The settings were changed since you read them: fetch them again and retry",
      requestId,
    });
  }
  if (error instanceof FieldRuleError) {
    return problemResponse(422, {
      detail: "Some fields are invalid",
      errors: [{ path: error.path, message: error.message }],
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
  if (error instanceof ChangesGoneError) {
    return problemResponse(410, {
      detail: `${error.message}: list the tasks and lists afresh, then go on from since=now`,
      requestId,
    });
  }
  if (error instanceof TooManyStreamsError) {
    return problemResponse(429, {
      detail: `${error.message}: close one first`,
      requestId,
      headers: { "Retry-After": String(STREAMS_RETRY_AFTER_SECONDS) },
    });
  }
  if (isDatabaseUnavailable(error)) return databaseUnavailableResponse(requestId);
  if (isUserGone(error)) {
    return errorResponse(new AccountGoneError(), requestId);
  }
  return problemResponse(500, { detail: "Something went wrong on our side", requestId });
}
