import type { NextConfig } from "next";
// Parsed here so that a bad environment stops the build and the server at start.
import { env } from "./src/env";
import { securityHeaders } from "./src/server/http/security-headers";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  // `pnpm typecheck` (tsc over the app and its tests) is the type gate; the build does not repeat it.
  typescript: { ignoreBuildErrors: true },
  poweredByHeader: false,
  // Fewer, larger first-load scripts (Turbopack merges chunks under 100 kB; its default is 50 kB): the tasks page's
  // 21 become 16 for the same 282 kB, the sign-in page's 11 become 10 (the build's count, route-bundle-stats.json;
  // the browser fetches 9 of them). Over HTTP/1.1's six connections each request costs a round trip: Lighthouse's
  // phone LCP, in the runs where it counts every script, went from 3.2–3.7 s to 2.6–3.3 s (decision 004).
  // Experimental since Next.js 16.3; e2e/javascript-budget.spec.ts still guards the bytes.
  experimental: { turbopackChunking: { minChunkSize: 100_000 } },
  transpilePackages: ["@todo/api", "@todo/contracts", "@todo/dates", "@todo/quick-add", "@todo/db"],
  serverExternalPackages: [
    "@electric-sql/pglite",
    "@neondatabase/serverless",
    "pg",
    "ws",
    "prom-client",
    "@opentelemetry/sdk-trace",
    "@opentelemetry/exporter-trace-otlp-http",
    "@opentelemetry/context-async-hooks",
  ],
  async redirects() {
    // Browsers ask for /favicon.ico wherever a page names no icon (an error page can come without
    // its metadata): the app's one icon is app/icon.svg.
    return [{ source: "/favicon.ico", destination: "/icon.svg", permanent: true }];
  },
  async headers() {
    // Browsers ignore HSTS received over plain HTTP, so every production build may send it.
    return [{ source: "/:path*", headers: securityHeaders({ hsts: env.NODE_ENV === "production" }) }];
  },
};

export default nextConfig;
