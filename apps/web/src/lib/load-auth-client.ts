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
 * Sends one request through the client: its answer (Better Auth's `{ data, error }`), or null when there was
 * none (the client could not load, or the request got no answer: better-fetch throws on a network error).
 */
export function withAuthClient<T>(request: (client: AuthClient) => Promise<T>): Promise<T | null> {
  return authClient
    .load()
    .then(request)
    .catch(() => null);
}
