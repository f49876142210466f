import "server-only";
import { headers } from "next/headers";
import { NEXT_PARAM, safeNextPath, signInPath } from "@/lib/next-path";
import { PAGE_PATH_HEADER } from "../http/page-path";

/** The path and query this page render was asked for, as proxy.ts recorded it. */
async function requestedPage(): Promise<string | null> {
  return (await headers()).get(PAGE_PATH_HEADER);
}

/** Sign-in for a signed-out visitor of this page, who lands back on it (path and query) once signed in. */
export async function signInForThisPage(): Promise<string> {
  return signInPath(await requestedPage());
}

/** Where a signed-in visitor of /sign-in or /sign-up goes: the page its `next` names, else home. */
export async function afterSignIn(): Promise<string> {
  const page = new URL(safeNextPath(await requestedPage()), "http://page.invalid");
  return safeNextPath(page.searchParams.get(NEXT_PARAM));
}
