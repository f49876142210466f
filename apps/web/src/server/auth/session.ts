import "server-only";
import { headers } from "next/headers";
import { getAuth } from "./auth";

/** The signed-in user's session for a page render, or null. */
export async function currentSession() {
  return getAuth().api.getSession({ headers: await headers() });
}
