import type { FieldError } from "@todo/contracts";

/** An error that is the client's to fix, answered with its own status and words. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly extra: { errors?: FieldError[]; headers?: Record<string, string> } = {},
  ) {
    super(detail);
    this.name = "HttpError";
  }
}

export class UnauthorizedError extends HttpError {
  constructor(detail: string) {
    super(401, detail, { headers: { "WWW-Authenticate": 'Bearer realm="todo"' } });
  }
}

/** A valid token whose account has been deleted since it was issued. */
export class AccountGoneError extends UnauthorizedError {
  constructor() {
    super("The account this token was issued for no longer exists");
  }
}

/** A valid token whose session was signed out, or whose access token was revoked, since it was issued. */
export class CredentialRevokedError extends UnauthorizedError {
  constructor(scope: "session" | "read" | "read-write") {
    super(
      scope === "session"
        ? "This token's session has been signed out: sign in again"
        : "The access token this token was exchanged for has been revoked",
    );
  }
}

export class ForbiddenError extends HttpError {
  constructor(detail = "This token belongs to another user") {
    super(403, detail);
  }
}

/** The instance is stopping: a new request that would outlive it (an event stream) goes to another one. */
export class ShuttingDownError extends HttpError {
  constructor() {
    super(503, "This server is shutting down: connect again", { headers: { "Retry-After": "1" } });
  }
}
