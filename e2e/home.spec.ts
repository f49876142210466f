import { expect, test } from "@playwright/test";

test("the home page shows how to sign up and call the API, with no console errors", async ({ page }) => {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  await page.goto("/");
  await expect(page).toHaveTitle("Todo");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Todo");
  await expect(page.getByRole("listitem")).toHaveCount(3);
  await expect(page.getByText("/api/auth/sign-up/email")).toBeVisible();
  expect(errors).toEqual([]);
});
