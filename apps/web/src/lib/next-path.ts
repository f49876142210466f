/** Where a signed-out visitor was going: the query parameter the sign-in and sign-up pages carry. */
export const NEXT_PARAM = "next";

const MAX_NEXT_LENGTH = 2048;
// Parsed against an origin of its own, so that a path resolving anywhere else shows as another origin.
const PROBE_ORIGIN = "http://next-path.invalid";

/**
 * `next` if it is a path on this site (`/`, `/?view=active`), else `/`: a crafted link must not be
 * able to send a user elsewhere once signed in. Refuses what browsers read as another host
 * (`//evil.com`, `/\evil.com`, `https://…`), any backslash, and control characters (browsers drop
 * tabs and newlines inside URLs, which can turn `/\t/evil.com` into `//evil.com`).
 */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || next.length > MAX_NEXT_LENGTH) return "/";
  if (!next.startsWith("/") || next.startsWith("//")) return "/";
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this refuses.
  if (/[\\\u0000-\u001f\u007f-\u009f]/.test(next)) return "/";
  let url: URL;
  try {
    url = new URL(next, PROBE_ORIGIN);
  } catch {
    return "/";
  }
  if (url.origin !== PROBE_ORIGIN) return "/";
  return `${url.pathname}${url.search}${url.hash}`;
}

/** `base` (`/sign-in`, `/sign-up`) carrying where to go next; no `next` when that is the home page. */
export function withNext(base: string, next: string | null | undefined): string {
  const path = safeNextPath(next);
  return path === "/" ? base : `${base}?${NEXT_PARAM}=${encodeURIComponent(path)}`;
}

/** The sign-in page for a signed-out visitor of `pathAndQuery`, who lands back there once signed in. */
export function signInPath(pathAndQuery: string | null | undefined): string {
  return withNext("/sign-in", pathAndQuery);
}
