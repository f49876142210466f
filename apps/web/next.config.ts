import type { NextConfig } from "next";
// Parsed here so that a bad environment stops the build and the server at start.
import "./src/env";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  transpilePackages: ["@todo/contracts", "@todo/db"],
  serverExternalPackages: ["@electric-sql/pglite", "@neondatabase/serverless", "pg", "ws"],
};

export default nextConfig;
