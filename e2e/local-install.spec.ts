import { migrateUpAt } from "@todo/db/migrate";
import { type AppServer, startAppServer } from "@todo/test-support/app-server";
import { freePort } from "@todo/test-support/free-port";
import { createTestDatabase, type TestDatabase } from "@todo/test-support/test-database";
import { PASSWORD_HASHING_MS } from "./support/accounts";
import { expect, test, uniqueEmail } from "./support/fixtures";
import { tasksPage } from "./support/tasks-page";
import { WEB_DIR } from "./support/web-dir";

// A local install as `npm start` runs it: no BETTER_AUTH_URL, so the app's URL is http://localhost:$PORT.
let database: TestDatabase;
let server: AppServer;
let port: number;
test.beforeAll(async () => {
  database = await createTestDatabase("todo_e2e_local", { setUp: migrateUpAt });
  port = await freePort();
  server = await startAppServer(WEB_DIR, { DATABASE_URL: database.url, BETTER_AUTH_URL: "", PORT: String(port) }, port);
});
test.afterAll(async () => {
  await server?.stop();
  await database?.drop();
});

for (const host of ["127.0.0.1", "localhost"]) {
  test(`a browser opened on http://${host}:<port> signs up, lands on its tasks and adds one`, async ({ page }) => {
    const origin = `http://${host}:${port}`;
    await page.goto(`${origin}/sign-up`);
    await page.getByLabel("Name").fill("Ada Lovelace");
    await page.getByLabel("Email").fill(uniqueEmail());
    await page.getByLabel("Password").fill("correct horse battery staple");
    await page.getByRole("button", { name: "Create account" }).click();

    // This instance's first sign-up: its auth routes and the password estimator load, then the hashing.
    await expect(page).toHaveURL(`${origin}/`, { timeout: PASSWORD_HASHING_MS });
    await expect(page.getByRole("heading", { name: "Inbox", level: 1 })).toBeVisible();
    // The API takes the token issued for the app's one URL, whatever name the page was opened on.
    await tasksPage(page).add("Buy milk");
  });
}
