import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
const CI = Boolean(process.env.CI);

export default defineConfig({
  testDir: ".",
  forbidOnly: CI,
  retries: CI ? 1 : 0,
  // The longest tests sign a user up (the password hashing alone takes a second or more), act on two devices and
  // wait out an undo period: 20-25 s on an idle machine, past Playwright's default 30 s on a busy CI runner.
  timeout: 60_000,
  workers: 2,
  reporter: [["list"], ["json", { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? "reports/e2e.json" }]],
  outputDir: "test-results",
  use: {
    baseURL,
    trace: "on-first-retry",
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    // The built app on a fresh PostgreSQL database, dropped when the run ends.
    command: "pnpm exec tsx support/serve.ts",
    url: `${baseURL}/api/health`,
    env: { E2E_PORT: String(port), ...(process.env.E2E_SMTP_PORT && { E2E_SMTP_PORT: process.env.E2E_SMTP_PORT }) },
    reuseExistingServer: !CI,
    timeout: 120_000,
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
  },
});
