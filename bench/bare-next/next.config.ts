import type { NextConfig } from "next";

// The benchmark's bare Next.js handler (README § Benchmarks): the app's build settings that decide how
// its route handlers run, and nothing of its own (no headers, redirects or middleware).
const nextConfig: NextConfig = {
  typescript: { ignoreBuildErrors: true },
  poweredByHeader: false,
  transpilePackages: ["@todo/api", "@todo/contracts", "@todo/db"],
  serverExternalPackages: ["@electric-sql/pglite", "@neondatabase/serverless", "pg", "ws"],
};

export default nextConfig;
