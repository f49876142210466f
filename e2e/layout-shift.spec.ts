import type { Page, TestInfo } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { layoutShifts, recordLayoutShifts } from "./support/layout-shift";
import { gotoUntilQuiet } from "./support/network-quiet";
import { SAMPLE_TASKS } from "./support/sample-tasks";
import { newTaskBox, settled } from "./support/stable-ui";

/** Issue 13, walk item 12: the phone's CLS was 0.10 (the footer jumped when the list replaced its placeholder). */
const TARGET = 0.02;

test.use({ viewport: { width: 375, height: 812 } });

/** Loads the tasks page cold and sums its layout shifts once the given tasks show and nothing is loading. */
async function loadedShift(page: Page, testInfo: TestInfo, titles: string[]) {
  await recordLayoutShifts(page);
  await gotoUntilQuiet(page, "/");
  await expect(newTaskBox(page)).toBeVisible();
  for (const title of titles) await expect(page.getByText(title, { exact: true })).toBeVisible();
  await settled(page);
  const shifts = await layoutShifts(page);
  const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
  const figure = `${total.toFixed(4)} over ${shifts.length} shifts (target ≤ ${TARGET})`;
  console.log(`layout shift, ${testInfo.title}: ${figure}`);
  testInfo.annotations.push({ type: "layout shift", description: figure });
  return { total, shifts };
}

test(`the tasks page with tasks loads on a phone with a layout shift of at most ${TARGET}`, async ({
  page,
  user,
}, testInfo) => {
  await user.createTasks(SAMPLE_TASKS);
  const titles = SAMPLE_TASKS.map((task) => task.title);
  const { total, shifts } = await loadedShift(page, testInfo, titles);
  expect(total, JSON.stringify(shifts, null, 2)).toBeLessThanOrEqual(TARGET);
});

test(`the empty tasks page loads on a phone with a layout shift of at most ${TARGET}`, async ({
  page,
  user: _,
}, testInfo) => {
  const { total, shifts } = await loadedShift(page, testInfo, []);
  expect(total, JSON.stringify(shifts, null, 2)).toBeLessThanOrEqual(TARGET);
});
