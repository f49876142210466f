/** Thrown when the session behind the token is gone: the user must sign in again. */
export class SessionEndedError extends Error {
  constructor() {
    super("Your session has ended");
    this.name = "SessionEndedError";
  }
}

// Renew this long before expiry, so a request never leaves with a token about to lapse.
const RENEW_MARGIN_MS = 60_000;

let cached: { token: string; expiresAt: number } | null = null;
let pending: Promise<string> | null = null;

function expiryOf(token: string): number {
  const payload = JSON.parse(atob((token.split(".")[1] ?? "").replace(/-/g, "+").replace(/_/g, "/")));
  return payload.exp * 1000;
}

async function fetchToken(): Promise<string> {
  const response = await fetch("/api/auth/token", { credentials: "same-origin", cache: "no-store" });
  if (response.status === 401) throw new SessionEndedError();
  if (!response.ok) throw new Error(`Could not get an API token (${response.status})`);
  const { token } = (await response.json()) as { token: string };
  cached = { token, expiresAt: expiryOf(token) };
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
