import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    setupFiles: ["test/fail-on-console-error.ts"],
    // Real databases: PGlite's first open of a directory alone takes ~4 s.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
