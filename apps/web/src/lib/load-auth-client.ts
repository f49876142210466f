import { loadOnFirstUse } from "./load-on-first-use";

type AuthClient = typeof import("./auth-client").authClient;

/**
 * Better Auth's browser client, loaded on first use rather than with the page: the sign-in pages need it
 * when a form is sent, the signed-in pages when someone signs out or changes their account.
 */
const authClient = loadOnFirstUse(() => import("./auth-client").then((module) => module.authClient));

export const loadAuthClient = authClient.load;

/** Starts the load and forgets a failure: the request that needs it tries again and reports it. */
export function preloadAuthClient(): void {
  authClient.load().catch(() => {});
}

/**
 * Whether a request's rejection means it got no answer: fetch rejects with a TypeError when the network fails,
 * and with an AbortError or a TimeoutError when the request is cut off or runs out of time. Anything else is a
 * fault of the page, not of the connection, and is not passed off as one.
 */
function isNoAnswer(error: unknown): boolean {
  return (
    error instanceof TypeError ||
    (error instanceof DOMException && (error.name === "AbortError" || error.name === "TimeoutError"))
  );
}

/** A request's answer, or null when it got none (better-fetch throws on a network error). */
export function answerOrNull<T>(request: Promise<T>): Promise<T | null> {
  return request.catch((error: unknown) => {
    if (isNoAnswer(error)) return null;
    throw error;
  });
}

/**
 * Sends one request through the client: its answer (Better Auth's `{ data, error }`), or null when there was
 * none (the client could not load, or the request got no answer).
 */
export async function withAuthClient<T>(request: (client: AuthClient) => Promise<T>): Promise<T | null> {
  const client = await authClient.load().catch(() => null);
  return client && answerOrNull(request(client));
}
