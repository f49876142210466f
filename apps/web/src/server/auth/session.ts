import "server-only";
import { headers } from "next/headers";
import { getAuth } from "./auth";

/** The signed-in user's session for a page render, or null. */
export async function currentSession() {
  return getAuth().api.getSession({ headers: await headers() });
}

/**
 * The signed-in user's session and a JWT for the API as that user, from one session lookup (the jwt
 * plugin answers get-session with the token in `set-auth-jwt`, as it does the browser); null when
 * signed out. The token is for this render's own API reads and never leaves the server.
 */
export async function currentSessionWithToken() {
  const { headers: answer, response: session } = await getAuth().api.getSession({
    headers: await headers(),
    returnHeaders: true,
  });
  if (!session) return null;
  return { session, token: answer.get("set-auth-jwt") };
}
