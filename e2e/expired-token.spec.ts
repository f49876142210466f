import type { Response } from "@playwright/test";
import { expect, test } from "./support/breakable-app";
import { routeChunks } from "./support/chunks";
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
  // The live stream is held unanswered: it ends with each token and reconnects with a new one, which would renew
  // the token this test needs the page to keep past its expiry.
  await page.route(`**/api/${user.id}/events*`, () => {});
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

test("the live stream ends with each token and comes back with a new one, never shown down, even on a clock running behind", async ({
  page,
  user,
  consoleGuard,
}) => {
  // The stream's token expired while this device's clock says it has minutes left: the reconnect is refused once.
  consoleGuard.allow(/status of 401/);
  // Coming back needs nothing of the typed client or the contract's schemas (see first-render.spec.ts): their chunks
  // are refused until the end, when a change arrives.
  let chunksRefused = true;
  const chunks = await routeChunks(page, ["x-total-count", "The change's place in the user's log"], (route) =>
    chunksRefused ? route.abort("internetdisconnected") : route.continue(),
  );
  const tasks = tasksPage(page);
  await page.clock.install({ time: Date.now() - 10 * 60_000 });
  const opened: { status: number; at: number }[] = [];
  page.on("response", (response) => {
    if (new URL(response.url()).pathname === `/api/${user.id}/events`)
      opened.push({ status: response.status(), at: Date.now() });
  });
  await tasks.goto();
  await expect.poll(() => opened.map(({ status }) => status)).toContain(200);
  // Three tokens' lifetimes: the stream is ended by the server at each token's expiry.
  let shownDown = false;
  for (const until = Date.now() + 9_000; Date.now() < until; await new Promise((r) => setTimeout(r, 50))) {
    if ((await page.getByRole("button", { name: /^Not live/ }).count()) > 0) shownDown = true;
  }
  expect(opened.filter(({ status }) => status === 200).length).toBeGreaterThanOrEqual(3);
  expect(shownDown).toBe(false);
  // Each refused reconnect is tried again at once with a new token, as a request is; not after a backoff (1–2 s).
  const retried = opened.flatMap((refused, i) => {
    const next = opened[i + 1];
    return refused.status === 401 && next ? [{ status: next.status, after: next.at - refused.at }] : [];
  });
  expect(retried.length).toBeGreaterThanOrEqual(2);
  for (const { status, after } of retried) {
    expect(status).toBe(200);
    expect(after).toBeLessThan(1_000);
  }
  expect(chunks.asked(), "nothing of the contract asked for to come back").toBe(0);
  // And it still delivers: a task added elsewhere appears (its change read with the contract, which loads now).
  chunksRefused = false;
  await user.createTasks([{ title: "Added on another device" }]);
  await expect(tasks.item("Added on another device")).toBeVisible({ timeout: 5_000 });
});
