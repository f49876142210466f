import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";

/** Opens the avatar's menu and returns its Theme choices (System, Light, Dark). */
async function themeMenu(page: Page) {
  await page.getByRole("button", { name: "Account menu for Ada Lovelace" }).click();
  const menu = page.getByRole("menu");
  await expect(menu).toBeVisible();
  return (name: "System" | "Light" | "Dark") => menu.getByRole("menuitemradio", { name, exact: true });
}

test("the account menu's theme choice (System, Light, Dark) applies at once and is remembered", async ({
  page,
  user: _,
}) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/");
  const html = page.locator("html");
  await expect(html).toHaveAttribute("data-theme", "dark");

  let choice = await themeMenu(page);
  await expect(choice("System")).toBeChecked();
  await choice("Light").click();
  await expect(page.getByRole("menu")).toHaveCount(0);
  await expect(html).toHaveAttribute("data-theme", "light");
  expect(await page.evaluate(() => localStorage.getItem("theme"))).toBe("light");

  await page.reload();
  await expect(html).toHaveAttribute("data-theme", "light");
  choice = await themeMenu(page);
  await expect(choice("Light")).toBeChecked();
  await choice("Dark").click();
  await expect(html).toHaveAttribute("data-theme", "dark");
  expect(await page.evaluate(() => localStorage.getItem("theme"))).toBe("dark");

  // A chosen theme holds when the OS changes its preference, now and after a reload.
  await page.emulateMedia({ colorScheme: "light" });
  await expect(html).toHaveAttribute("data-theme", "dark");
  await page.reload();
  await expect(html).toHaveAttribute("data-theme", "dark");

  choice = await themeMenu(page);
  await expect(choice("Dark")).toBeChecked();
  await choice("System").click();
  await expect(html).toHaveAttribute("data-theme", "light");
  expect(await page.evaluate(() => localStorage.getItem("theme"))).toBeNull();
  await page.emulateMedia({ colorScheme: "dark" });
  await expect(html).toHaveAttribute("data-theme", "dark");
});

test("a saved theme applies on every page, native controls included, whatever the OS prefers", async ({ page }) => {
  const colorScheme = () => page.evaluate(() => getComputedStyle(document.documentElement).colorScheme);
  await page.emulateMedia({ colorScheme: "light" });
  await page.addInitScript(() => localStorage.setItem("theme", "dark"));
  await page.goto("/sign-in");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  expect(await colorScheme()).toBe("dark");

  await page.emulateMedia({ colorScheme: "dark" });
  await page.addInitScript(() => localStorage.setItem("theme", "light"));
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
  expect(await colorScheme()).toBe("light");
});
