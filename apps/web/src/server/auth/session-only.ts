import "server-only";
import type { TokenScope } from "@todo/api/auth";
import { ForbiddenError } from "../http/errors";

/** Access tokens are managed from a signed-in session only: a token cannot mint or revoke tokens. */
export function requireSessionToken(scope: TokenScope): void {
  if (scope !== "session") {
    throw new ForbiddenError("Access tokens are managed from a signed-in session, not with an access token");
  }
}
