import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { toastRegion } from "./support/stable-ui";
import { tasksPage } from "./support/tasks-page";

test.use({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });

/** Whether a touch at each edge of a 44 px square around the element's centre lands on it. */
async function touchTarget44(page: Page, target: Locator): Promise<boolean> {
  const box = await target.boundingBox();
  if (!box) return false;
  const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
  const handle = await target.elementHandle();
  return page.evaluate(
    // A point on the target, or on a label of it (a tap there acts on the target).
    ({ el, points }) =>
      points.every(([x, y]) => {
        const hit = document.elementFromPoint(x, y);
        return Boolean(el && hit && (el.contains(hit) || hit.closest("label")?.control === el));
      }),
    {
      el: handle,
      points: [
        [cx - 21, cy],
        [cx + 21, cy],
        [cx, cy - 21],
        [cx, cy + 21],
      ] as [number, number][],
    },
  );
}

test("on a phone the first task shows high on the screen, rows keep one line, targets are 44 px", async ({
  page,
  user,
}) => {
  await user.createTasks([
    { title: "Renew the passport soon", dueDate: "2030-05-01", tags: ["admin"] },
    { title: "Buy milk" },
  ]);
  const tasks = tasksPage(page);
  await tasks.goto();
  const first = tasks.item("Buy milk");
  const top = (await first.boundingBox())?.y ?? Number.POSITIVE_INFINITY;
  expect(top).toBeLessThan(330);

  // The title keeps the row's width: no Details/Delete words beside it, one line for a short title.
  const title = tasks.title("Renew the passport soon");
  const lineHeight = await title.evaluate((el) => Number.parseFloat(getComputedStyle(el).lineHeight));
  expect((await title.boundingBox())?.height).toBeLessThanOrEqual(lineHeight * 1.5);

  expect(await touchTarget44(page, tasks.checkbox("Buy milk"))).toBe(true);
  const more = first.getByRole("button", { name: 'More actions for "Buy milk"' });
  await expect(more).toBeVisible();
  expect(await touchTarget44(page, more)).toBe(true);
  // No keyboard-shortcut button on a touch screen.
  await expect(page.getByRole("button", { name: "Shortcuts" })).toBeHidden();

  // A tap near the edge of the checkbox's 44 px completes the task.
  const box = await tasks.checkbox("Buy milk").boundingBox();
  if (!box) throw new Error("the checkbox is not shown");
  await page.touchscreen.tap(box.x + box.width / 2 + 20, box.y + box.height / 2);
  await expect(tasks.checkbox("Buy milk")).toBeChecked();
});

test("on a phone, details open as a bottom sheet from the … menu, and the toasts leave the tasks visible", async ({
  page,
  user,
}) => {
  await user.createTasks([{ title: "One" }, { title: "Two" }, { title: "Three" }]);
  const tasks = tasksPage(page);
  await tasks.goto();
  await tasks.item("Two").getByRole("button", { name: 'More actions for "Two"' }).tap();
  await page.getByRole("menuitem", { name: /Open details/ }).tap();
  const sheet = page.getByRole("dialog", { name: "Task details" });
  await expect(sheet).toBeVisible();
  // Once it has slid up: the full width, resting on the bottom edge.
  await expect
    .poll(async () => {
      const box = await sheet.boundingBox();
      return [box?.x, box?.width, Math.round((box?.y ?? 0) + (box?.height ?? 0))];
    })
    .toEqual([0, 375, 812]);
  await sheet.getByRole("button", { name: "Cancel" }).tap();
  await expect(sheet).toHaveCount(0);

  // Deletes made while the toast shows join it: one toast, never a stack over the tasks.
  for (const title of ["One", "Two"]) {
    await tasks
      .item(title)
      .getByRole("button", { name: `More actions for "${title}"` })
      .tap();
    await page.getByRole("menuitem", { name: /Delete/ }).tap();
  }
  const toasts = toastRegion(page).getByRole("listitem");
  await expect(toasts).toHaveCount(1);
  await expect(toasts).toContainText(/2 tasks deleted|Task deleted/);
  const toast = await toasts.boundingBox();
  const three = await tasks.item("Three").boundingBox();
  expect((three?.y ?? 0) + (three?.height ?? 0)).toBeLessThan(toast?.y ?? 0);
});

test("on a phone, Back closes the details sheet and stays on the page, asking first when a change is not saved", async ({
  page,
  user,
}) => {
  const errands = await user.createList("Errands");
  await user.createTasks([{ title: "Call the plumber" }]);
  const tasks = tasksPage(page);
  // A page before this one, for Back to leave to if the sheet did not take it.
  await page.goto(`/lists/${errands.id}`);
  await tasks.goto();
  const openSheet = async () => {
    await tasks.item("Call the plumber").getByRole("button", { name: 'More actions for "Call the plumber"' }).tap();
    await page.getByRole("menuitem", { name: /Open details/ }).tap();
    const sheet = page.getByRole("dialog", { name: "Task details" });
    await expect(sheet).toBeVisible();
    return sheet;
  };
  const confirm = page.getByRole("alertdialog", { name: "Discard your changes?" });

  const sheet = await openSheet();
  await sheet.getByLabel("Description").fill("Leak under the sink");
  await page.goBack();
  await expect(confirm).toBeVisible();
  await confirm.getByRole("button", { name: "Keep editing" }).tap();
  await expect(confirm).toHaveCount(0);
  await expect(sheet.getByLabel("Description")).toHaveValue("Leak under the sink");
  await expect(page).toHaveURL("/");

  // Asked again on the next Back: Discard closes the sheet, and the page stays.
  await page.goBack();
  await expect(confirm).toBeVisible();
  await confirm.getByRole("button", { name: "Discard" }).tap();
  await expect(sheet).toHaveCount(0);
  await expect(page).toHaveURL("/");
  await expect(tasks.item("Call the plumber")).not.toContainText("Leak");

  // Nothing changed: Back closes it at once, still on this page; the next Back leaves as it always did.
  await openSheet();
  await page.goBack();
  await expect(page.getByRole("dialog", { name: "Task details" })).toHaveCount(0);
  await expect(confirm).toHaveCount(0);
  await expect(page).toHaveURL("/");
  await expect(page.getByRole("heading", { name: "Inbox", level: 1 })).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(`/lists/${errands.id}`);
});

test("on a phone, the first tap on View options opens it, before its menu has mounted", async ({ page, user }) => {
  await user.createTasks([{ title: "Banana" }, { title: "Apple" }, { title: "Cherry" }]);
  const tasks = tasksPage(page);
  await tasks.goto();
  await expect(tasks.list.getByRole("listitem")).toHaveCount(3);

  // The button is drawn alone until reached for (DropdownMenuOnDemand): one tap mounts the menu and opens it.
  await tasks.viewOptions.tap();
  await page.getByRole("menuitemradio", { name: "Title A–Z", exact: true }).tap();
  await expect(page.getByRole("menu")).toHaveCount(0);
  await expect(tasks.list.getByRole("listitem")).toHaveText([/Apple/, /Banana/, /Cherry/]);
});
