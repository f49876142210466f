import { parseHttpDate, retryAfterSeconds } from "@todo/contracts";

/** Thrown when the session behind the token is gone: the user must sign in again. */
export class SessionEndedError extends Error {
  constructor() {
    super("Your session has ended");
    this.name = "SessionEndedError";
  }
}

/**
 * Thrown when the session's token endpoint refused for now (a 503 while the database is away, a 429): its status, and
 * its `Retry-After` in seconds when readable, counted from the answer's `Date`.
 */
export class TokenRefusedError extends Error {
  constructor(
    readonly status: number,
    readonly retryAfterSeconds: number | undefined,
  ) {
    super(`Could not get an API token (${status})`);
    this.name = "TokenRefusedError";
  }
}

// Renew this long before expiry, so a request never leaves with a token about to lapse.
const RENEW_MARGIN_MS = 60_000;

let cached: { token: string; expiresAt: number } | null = null;
let pending: Promise<string> | null = null;

/**
 * When the token lapses, by this device's clock. `exp` is in the server's time: on a device whose
 * clock runs ahead (the server's `Date` says by how much), a fresh token would look about to lapse
 * and be fetched again before every request. A clock running behind is left to the API's 401,
 * which is answered by one renewal and retry.
 */
function expiryOf(token: string, serverDate: string | null): number {
  const payload = JSON.parse(atob((token.split(".")[1] ?? "").replace(/-/g, "+").replace(/_/g, "/")));
  const ahead = Date.now() - Date.parse(serverDate ?? "");
  return payload.exp * 1000 + (Number.isFinite(ahead) ? Math.max(ahead, 0) : 0);
}

async function fetchToken(): Promise<string> {
  const response = await fetch("/api/auth/token", { credentials: "same-origin", cache: "no-store" });
  if (response.status === 401) throw new SessionEndedError();
  if (!response.ok) {
    const sentAt = parseHttpDate(response.headers.get("date")) ?? Date.now();
    throw new TokenRefusedError(
      response.status,
      retryAfterSeconds(response.headers.get("retry-after"), sentAt) ?? undefined,
    );
  }
  const { token } = (await response.json()) as { token: string };
  cached = { token, expiresAt: expiryOf(token, response.headers.get("date")) };
  return token;
}

/**
 * The API's JWT, kept in memory only and fetched again from the session shortly before it expires.
 * Concurrent callers share one request.
 */
export function getSessionToken(): Promise<string> {
  if (cached && cached.expiresAt - Date.now() > RENEW_MARGIN_MS) return Promise.resolve(cached.token);
  pending ??= fetchToken().finally(() => {
    pending = null;
  });
  return pending;
}

export function forgetSessionToken(): void {
  cached = null;
}
