import { expect, test } from "./support/fixtures";

test("the theme toggle cycles Auto, Light, Dark and remembers the choice", async ({ page, user: _ }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/");
  const html = page.locator("html");
  const toggle = page.getByRole("button", { name: /\(change theme\)$/ });
  await expect(toggle).toHaveText("◐ Auto");
  await expect(html).toHaveAttribute("data-theme", "dark");

  await toggle.click();
  await expect(toggle).toHaveText("☀ Light");
  await expect(toggle).toHaveAccessibleName("Light theme (change theme)");
  await expect(html).toHaveAttribute("data-theme", "light");
  expect(await page.evaluate(() => localStorage.getItem("theme"))).toBe("light");

  await page.reload();
  await expect(html).toHaveAttribute("data-theme", "light");
  await toggle.click();
  await expect(toggle).toHaveText("☾ Dark");
  await expect(html).toHaveAttribute("data-theme", "dark");
  expect(await page.evaluate(() => localStorage.getItem("theme"))).toBe("dark");

  await page.emulateMedia({ colorScheme: "light" });
  await page.reload();
  await expect(html).toHaveAttribute("data-theme", "dark");

  await toggle.click();
  await expect(toggle).toHaveText("◐ Auto");
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
