import type { Response } from "@playwright/test";
import { expect, test } from "./support/breakable-app";
import { tasksPage } from "./support/tasks-page";

// Tokens that live three seconds: the server refuses one for real moments after issuing it.
test.use({ appEnv: { JWT_EXPIRATION: "3s" } });

const isTokenResponse = (response: Response) => new URL(response.url()).pathname === "/api/auth/token";

test("a token the API refuses is renewed once and the change sent again", async ({ page, user, consoleGuard }) => {
  consoleGuard.allow(/status of 401/);
  const tasks = tasksPage(page);
  // This device's clock runs ten minutes behind the server's: the page believes its token has
  // minutes left and keeps sending it after the server has let it expire.
  await page.clock.install({ time: Date.now() - 10 * 60_000 });
  await tasks.goto();
  await new Promise((resolve) => setTimeout(resolve, 3_500));

  const creates: number[] = [];
  page.on("response", (response) => {
    if (response.request().method() === "POST" && response.url().endsWith(`/api/${user.id}/tasks`))
      creates.push(response.status());
  });
  const renewed = page.waitForResponse(isTokenResponse);
  await tasks.add("Sent twice, saved once");
  expect((await renewed).status()).toBe(200);
  expect(creates).toEqual([401, 201]);

  await page.reload();
  await expect(tasks.list.getByRole("listitem")).toHaveText([/^Sent twice, saved once/]);
});
