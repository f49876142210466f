import { type NextRequest, NextResponse } from "next/server";
import { contentSecurityPolicy } from "@/server/http/content-security-policy";

/** Gives every page render a fresh CSP nonce; Next.js puts it on its own scripts, the layout on ours. */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  // Pages only: API routes, static files and the API reference (its own policy) skip this work.
  matcher: [
    {
      source: "/((?!api|docs|openapi.json|_next/static|_next/image|icon.svg|favicon.ico).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
