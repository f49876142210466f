import { loadOnFirstUse } from "./load-on-first-use";

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
