import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page, TestInfo } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { gotoUntilQuiet } from "./support/network-quiet";
import { SAMPLE_TASKS } from "./support/sample-tasks";
import { recordScripts } from "./support/script-bytes";
import { emailField, newTaskBox } from "./support/stable-ui";

type BudgetPage = "tasks" | "sign-in";
const budget = JSON.parse(readFileSync(path.resolve(import.meta.dirname, "javascript-budget.json"), "utf8")) as {
  kB: Record<BudgetPage, number>;
};
const kB = (bytes: number) => Math.round(bytes / 100) / 10;

/** Loads `url` in this test's fresh (so cold) browser context and sums its scripts' bytes. */
async function measure(page: Page, url: string, testInfo: TestInfo, name: BudgetPage, loaded: () => Promise<void>) {
  const recorder = recordScripts(page);
  await gotoUntilQuiet(page, url);
  await loaded();
  const scripts = await recorder.done();
  expect(scripts.length, "the page loads scripts").toBeGreaterThan(0);
  const transferred = scripts.reduce((sum, script) => sum + script.transferred, 0);
  const decoded = scripts.reduce((sum, script) => sum + script.decoded, 0);
  const figure = `${name}: ${scripts.length} scripts, ${kB(transferred)} kB transferred (budget ${budget.kB[name]} kB), ${kB(decoded)} kB decoded`;
  console.log(`JavaScript ${figure}`);
  testInfo.annotations.push({ type: "JavaScript", description: figure });
  await testInfo.attach(`${name} scripts.json`, {
    body: JSON.stringify(scripts, null, 2),
    contentType: "application/json",
  });
  expect(kB(transferred), `JavaScript the ${name} page transfers, in kB`).toBeLessThanOrEqual(budget.kB[name]);
}

test("the tasks page loads its JavaScript within the budget", async ({ page, user }, testInfo) => {
  await user.createTasks(SAMPLE_TASKS);
  await measure(page, "/", testInfo, "tasks", async () => {
    await expect(newTaskBox(page)).toBeVisible();
    for (const { title } of SAMPLE_TASKS) await expect(page.getByText(title, { exact: true })).toBeVisible();
  });
});

test("the sign-in page loads its JavaScript within the budget", async ({ page }, testInfo) => {
  await measure(page, "/sign-in", testInfo, "sign-in", async () => {
    await expect(emailField(page)).toBeVisible();
  });
});

test("the README states the JavaScript budget this spec enforces", () => {
  const readme = readFileSync(path.resolve(import.meta.dirname, "../README.md"), "utf8");
  for (const [name, limit] of Object.entries(budget.kB)) {
    const statement = `the ${name} page at most **${limit} kB**`;
    expect(readme.includes(statement), `README § Benchmarks says "${statement}"`).toBe(true);
  }
});
