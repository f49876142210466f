import type { Page, TestInfo } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { layoutShifts, recordLayoutShifts } from "./support/layout-shift";
import { SAMPLE_TASKS } from "./support/sample-tasks";
import { settled } from "./support/stable-ui";

// Over a slow network a browser paints a page's HTML as it arrives, before the rest of it is in: a layout that
// depends on what comes later moves once it does. Lighthouse found two (tasks page on a wide screen 0.13–0.17: the
// page drawn full width, then pushed right by the sidebar, whose HTML comes after it; the sign-in form 0.11 on a
// phone: centred on the screen, moving up as the rest of the form came in).
const TARGET = 0.02;
/** Slower than Lighthouse's mobile preset, so that the HTML comes in several parts, each painted. */
const SLOW = { offline: false, latency: 150, downloadThroughput: 60_000, uploadThroughput: 60_000 };
const LOADS = 3;

/** The layout shifts of `path` loaded cold `LOADS` times over the slow network, until `ready` shows. */
async function shiftsOverSlowNetwork(page: Page, testInfo: TestInfo, path: string, ready: () => Promise<void>) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", SLOW);
  await recordLayoutShifts(page);
  const totals: number[] = [];
  for (let load = 0; load < LOADS; load++) {
    await page.goto(path, { waitUntil: "load", timeout: 60_000 });
    await ready();
    await settled(page);
    const shifts = await layoutShifts(page);
    const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
    totals.push(total);
    expect(total, `load ${load + 1}: ${JSON.stringify(shifts, null, 2)}`).toBeLessThanOrEqual(TARGET);
  }
  const figure = `${totals.map((total) => total.toFixed(4)).join(", ")} (target ≤ ${TARGET})`;
  console.log(`layout shift over a slow network, ${testInfo.title}: ${figure}`);
  testInfo.annotations.push({ type: "layout shift", description: figure });
}

test.describe("on a wide screen", () => {
  test.use({ viewport: { width: 1350, height: 940 } });

  test(`the tasks page arriving over a slow network shifts at most ${TARGET}`, async ({ page, user }, testInfo) => {
    test.setTimeout(180_000);
    await user.createTasks(SAMPLE_TASKS);
    const first = SAMPLE_TASKS[0]?.title ?? "";
    await shiftsOverSlowNetwork(page, testInfo, "/", async () => {
      await expect(page.getByRole("navigation", { name: "Lists" })).toBeVisible({ timeout: 30_000 });
      await expect(page.getByText(first, { exact: true })).toBeVisible({ timeout: 30_000 });
    });
  });

  test(`the sign-in page arriving over a slow network shifts at most ${TARGET}`, async ({ page }, testInfo) => {
    test.setTimeout(180_000);
    await shiftsOverSlowNetwork(page, testInfo, "/sign-in", async () => {
      await expect(page.getByRole("button", { name: "Sign in", exact: true })).toBeVisible({ timeout: 30_000 });
    });
  });
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 375, height: 812 } });

  test(`the sign-in page arriving over a slow network shifts at most ${TARGET}`, async ({ page }, testInfo) => {
    test.setTimeout(180_000);
    await shiftsOverSlowNetwork(page, testInfo, "/sign-in", async () => {
      await expect(page.getByRole("button", { name: "Sign in", exact: true })).toBeVisible({ timeout: 30_000 });
    });
  });
});
