import { expect, test } from "./support/fixtures";
import { tasksPage } from "./support/tasks-page";

const isList = (url: URL) => /^\/api\/[^/]+\/tasks$/.test(url.pathname);

test("shows placeholders while the list loads, then the tasks", async ({ page, user }) => {
  await user.createTasks([{ title: "Slow to arrive" }]);
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(isList, async (route) => {
    await held;
    await route.fallback();
  });
  await page.goto("/");
  const region = page.getByRole("region", { name: "Tasks" });
  await expect(region).toHaveAttribute("aria-busy", "true");
  await expect(page.getByRole("list", { name: "Tasks" })).toHaveCount(0);

  release();
  await expect(region).toHaveAttribute("aria-busy", "false");
  await expect(tasksPage(page).item("Slow to arrive")).toBeVisible();
});

test("says when the list cannot be loaded, and Try again loads it", async ({ page, user, consoleGuard }) => {
  consoleGuard.allow(/status of 503/);
  await user.createTasks([{ title: "Eventually visible" }]);
  await page.route(isList, (route) =>
    route.fulfill({
      status: 503,
      contentType: "application/problem+json",
      body: JSON.stringify({ type: "about:blank", title: "Service Unavailable", status: 503 }),
    }),
  );
  await page.goto("/");
  const failure = page.getByRole("alert").filter({ hasText: "Your tasks could not be loaded." });
  await expect(failure).toBeVisible();

  await page.unrouteAll();
  await failure.getByRole("button", { name: "Try again" }).click();
  await expect(failure).toHaveCount(0);
  await expect(tasksPage(page).item("Eventually visible")).toBeVisible();
});

test("an empty list invites the first task; a filter that matches nothing says so", async ({ page, user: _ }) => {
  const tasks = tasksPage(page);
  await tasks.goto();
  await expect(page.getByText("Nothing to do yet. Add your first task above.")).toBeVisible();
  await tasks.goto("?view=completed");
  await expect(page.getByText("No tasks match these filters.")).toBeVisible();
});
