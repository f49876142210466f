import { type NextRequest, NextResponse } from "next/server";
import { contentSecurityPolicy } from "@/server/http/content-security-policy";
import { unreservedDecoded } from "@/server/http/normalized-path";
import { PAGE_PATH_HEADER, pagePathOf } from "@/server/http/page-path";
import { decodesAsText, undecodablePath } from "@/server/http/undecodable-path";

/**
 * Gives every page render a fresh CSP nonce, which Next.js puts on its own scripts and the layout
 * on ours, and the path and query it was asked for, which a page that needs a session sends to
 * sign in as `next`. A path whose %-escapes are no UTF-8 gets a 400 here, where Next.js would answer 500;
 * one that escapes a character no URL needs to (`t%61sks`) is served as the same path unescaped.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (!decodesAsText(pathname)) return undecodablePath(request);
  const normalized = unreservedDecoded(pathname);
  const target = normalized === null ? null : new URL(`${normalized}${search}`, request.url);
  // An API path reaches here only when it holds a %-escape (see the matcher): nothing else to do for it.
  if ((normalized ?? pathname).startsWith("/api/")) return target ? NextResponse.rewrite(target) : NextResponse.next();
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set(PAGE_PATH_HEADER, pagePathOf(request.nextUrl));
  headers.set("Content-Security-Policy", csp);
  const response = target
    ? NextResponse.rewrite(target, { request: { headers } })
    : NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  // Pages only: API routes, static files and the API reference (its own policy) skip this work.
  matcher: [
    {
      source: "/((?!api|docs|openapi.json|_next/static|_next/image|icon.svg|favicon.ico|sw.js).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
    // API paths with a %-escape only, to refuse the undecodable ones and unescape the needless: the others skip the proxy.
    "/api/(.*%.*)",
  ],
};
