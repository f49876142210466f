import { isDatabaseUnavailable, isUniqueViolation } from "@todo/db";
import type { BetterAuthOptions } from "better-auth";
import { isAPIError } from "better-auth/api";
import { env } from "@/env";
import { errorForLog } from "../error-for-log";
import { log } from "../log";

/**
 * What Better Auth prints, at level error, about a request it then refuses with a 403 (an
 * untrusted Origin or callback URL, a cross-site form): the caller's mistake, not the server's. The
 * handler logs that refusal as a warn; these lines stay for DEBUG, where they help set
 * `trustedOrigins`. A sign-up's duplicate email (below) likewise.
 */
const REFUSAL_MESSAGE =
  /^(Invalid (origin|callbackURL|redirectURL|errorCallbackURL|newUserCallbackURL): |Blocked cross-site navigation login attempt)/;

let databaseFaults = 0;

/**
 * How many errors Better Auth has met so far that say the database cannot serve now (a statement time-out, no
 * connection to be had in time, a terminated session: `isDatabaseUnavailable`). It answers them as "no session"
 * (401) or 500, having caught them itself: the auth handler compares this count before and after a request to
 * tell such an answer from a true one, since a ping once the request is over may well succeed.
 */
export const authDatabaseFaults = () => databaseFaults;

function countDatabaseFault(error: unknown): void {
  if (isDatabaseUnavailable(error)) databaseFaults++;
}

/**
 * Better Auth's own messages as our JSON lines (its default prints plain text): the message and
 * an error passed along (see errorForLog), never its other arguments, which may hold user data.
 */
export const authLogger: BetterAuthOptions["logger"] = {
  level: env.DEBUG ? "debug" : "warn",
  log: (level, message, ...args) => {
    const error = args.find((arg) => arg instanceof Error);
    countDatabaseFault(error);
    // A sign-up that lost a race for its email (asked again, it is answered as for a taken email: auth-handler.ts).
    const refusal = REFUSAL_MESSAGE.test(message) || isUniqueViolation(error, "user_email_unique");
    log(refusal ? "debug" : level, "auth_library", {
      message,
      ...(error && { error: errorForLog(error) }),
    });
  },
};

/**
 * What Better Auth does with an error an endpoint or hook threw: a refusal (an `APIError` such as a
 * wrong password or a limit) is the handler's to log, with its request id; anything else is a fault.
 * Without this, Better Auth prints each refusal's message as a plain-text error line.
 */
export function logAuthFault(error: unknown): void {
  countDatabaseFault(error);
  if (isAPIError(error) && error.status !== "INTERNAL_SERVER_ERROR") return;
  log("error", "auth_error", { error: errorForLog(error) });
}
