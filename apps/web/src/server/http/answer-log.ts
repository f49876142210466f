import "server-only";
import { errorForLog } from "../error-for-log";
import { log, logs } from "../log";
import { ShuttingDownError } from "./errors";

/** The events a kind of route logs its refusals and its own failures as. */
export interface AnswerEvents {
  refused: string;
  failed: string;
}

export interface Answer {
  response: Response;
  /** What the route threw, for the log of a 5xx. */
  failure?: unknown;
  /** A refusal that is not a 401, 403 or 429 (a failed sign-in), to log as one. */
  refused?: boolean;
  /** More fields for the log line, safe to keep. */
  fields?: Record<string, unknown>;
}

const SECURITY_STATUSES = new Set([401, 403, 429]);

/** Whether a status refuses a caller for who they are or how often they ask: a security event. */
export const isSecurityStatus = (status: number) => SECURITY_STATUSES.has(status);

/**
 * The one rule from an answer to its log line: a 5xx is an error (a 503 the database's), a refusal
 * (401, 403, 429, or one the route names) a warning, anything else a debug line with its time (its fields
 * built only when debug lines are written: most answers are these). A stopping instance's 503 is none of
 * these: a routine restart, said as such.
 */
export function logAnswer(
  request: Request,
  path: string,
  requestId: string,
  started: number,
  events: AnswerEvents,
  answer: Answer,
) {
  const { status } = answer.response;
  const refused = isSecurityStatus(status) || answer.refused;
  if (status < 500 && !refused && !logs("debug")) return;
  const line = { requestId, method: request.method, path, status, ...answer.fields };
  if (answer.failure instanceof ShuttingDownError) log("info", "shutting_down", line);
  else if (status >= 500) {
    const failure = answer.failure === undefined ? {} : { error: errorForLog(answer.failure) };
    log("error", status === 503 ? "database_unavailable" : events.failed, { ...line, ...failure });
  } else if (refused) log("warn", events.refused, line);
  else log("debug", "request", { ...line, ms: Math.round(performance.now() - started) });
}
