import { expect, test } from "./support/fixtures";
import { historyIndex } from "./support/history-entry";
import { tasksPage } from "./support/tasks-page";

test("details open in a side panel; Save keeps focus on the task; line breaks stay", async ({ page, user }) => {
  await user.createTasks([{ title: "Plan the party" }]);
  const tasks = tasksPage(page);
  await tasks.goto();
  await tasks.title("Plan the party").focus();
  await page.keyboard.press("o");
  const details = page.getByRole("dialog", { name: "Task details" });
  await expect(details).toBeVisible();
  // Once it has slid in: a panel on the right edge, the list still visible beside it.
  await expect.poll(async () => details.boundingBox()).toMatchObject({ y: 0, height: 720 });
  await expect
    .poll(async () => {
      const box = await details.boundingBox();
      return [Math.round((box?.x ?? 0) + (box?.width ?? 0)), (box?.width ?? 0) < 640];
    })
    .toEqual([1280, true]);

  await details.getByLabel("Title").fill("Plan the birthday party");
  await details.getByLabel("Description").fill("Cake\nBalloons\nInvitations");
  await details.getByRole("button", { name: "Save" }).click();
  await expect(details).toHaveCount(0);
  await expect(tasks.title("Plan the birthday party")).toBeFocused();
  const description = tasks.item("Plan the birthday party").getByText(/Cake/);
  await expect(description).toHaveText("Cake\nBalloons\nInvitations", { useInnerText: true });
});

test("closing details with changes not saved asks first, by Escape or a click outside", async ({ page, user }) => {
  await user.createTasks([{ title: "Write the report" }]);
  const tasks = tasksPage(page);
  await tasks.goto();
  const details = await tasks.openDetails("Write the report");
  await details.getByLabel("Description").fill("Two pages, with figures");

  await page.keyboard.press("Escape");
  const confirm = page.getByRole("alertdialog", { name: "Discard your changes?" });
  await expect(confirm).toBeVisible();
  await confirm.getByRole("button", { name: "Keep editing" }).click();
  await expect(details.getByLabel("Description")).toHaveValue("Two pages, with figures");

  await page.mouse.click(10, 400);
  await expect(confirm).toBeVisible();
  await confirm.getByRole("button", { name: "Discard" }).click();
  await expect(details).toHaveCount(0);
  await expect(tasks.item("Write the report")).not.toContainText("Two pages");

  // Nothing changed: it closes at once.
  await tasks.openDetails("Write the report");
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(confirm).toHaveCount(0);
});

test("reloading with a change not saved in the details asks first (the browser's own question); with none, it does not", async ({
  page,
  user,
}) => {
  await user.createTasks([{ title: "Pack for the trip" }]);
  const tasks = tasksPage(page);
  await tasks.goto();
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.type());
    void dialog.accept();
  });

  // Open, nothing changed: the reload goes ahead unasked (and the details open again).
  await tasks.openDetails("Pack for the trip");
  await page.reload();
  await expect(tasks.region).toHaveAttribute("aria-busy", "false");
  const details = page.getByRole("dialog", { name: "Task details" });
  await expect(details.getByLabel("Title")).toHaveValue("Pack for the trip");
  expect(dialogs).toEqual([]);

  // A change held: the browser asks before throwing it away.
  await details.getByLabel("Description").fill("Passport, tickets");
  await page.reload();
  await expect(tasks.region).toHaveAttribute("aria-busy", "false");
  expect(dialogs).toEqual(["beforeunload"]);

  // Saved: nothing is held, and nothing asks.
  const again = page.getByRole("dialog", { name: "Task details" });
  await expect(again.getByLabel("Description")).toHaveValue("");
  await again.getByLabel("Description").fill("Passport, tickets");
  await again.getByRole("button", { name: "Save" }).click();
  await tasks.detailsClosed();
  await page.reload();
  await expect(tasks.region).toHaveAttribute("aria-busy", "false");
  expect(dialogs).toEqual(["beforeunload"]);
});

test("a reload with a task's details open opens them again, and Back or closing them stays on the page; a task gone by then opens nothing", async ({
  page,
  user,
  dropRequests,
}) => {
  const [hotel] = await user.createTasks([{ title: "Book the hotel" }, { title: "Renew the passport" }]);
  const tasks = tasksPage(page);
  await tasks.goto();
  const details = page.getByRole("dialog", { name: "Task details" });
  /** The document's start: another value once the browser loads a page again. */
  const loadedAt = () => page.evaluate(() => performance.timeOrigin);

  await tasks.openDetails("Renew the passport");
  await page.reload();
  await expect(details.getByLabel("Title")).toHaveValue("Renew the passport");
  // Closed by Escape: the page stays, focus on the task's row.
  const reloaded = await loadedAt();
  await page.keyboard.press("Escape");
  await expect(details).toHaveCount(0);
  await expect(tasks.title("Renew the passport")).toBeFocused();

  // Reopened by a reload again, then Back: they close, and the page stays. The page's live stream is cut from this
  // reload on (a stream already open would go on), for the deletion below to go unheard.
  await dropRequests("**/api/*/events*", "GET");
  await tasks.openDetails("Book the hotel");
  await page.reload();
  await expect(details.getByLabel("Title")).toHaveValue("Book the hotel");
  const reloadedAgain = await loadedAt();
  expect(reloadedAgain).not.toBe(reloaded);
  await page.goBack();
  await expect(details).toHaveCount(0);
  await expect(page).toHaveURL("/");
  await expect(tasks.item("Book the hotel")).toBeVisible();
  expect(await loadedAt()).toBe(reloadedAgain);

  // Deleted elsewhere while the page heard nothing of it, then reloaded: no details open, and the page leaves their
  // entry (once the server says the task is gone) for its own, so the next Back leaves the page.
  const onPage = await historyIndex(page);
  await tasks.openDetails("Book the hotel");
  await user.deleteTask(hotel?.id ?? 0);
  await page.reload();
  await expect(tasks.item("Renew the passport")).toBeVisible();
  await expect(tasks.item("Book the hotel")).toHaveCount(0);
  await expect.poll(() => historyIndex(page)).toBe(onPage);
  await expect(details).toHaveCount(0);
  await expect(tasks.toast("This task could not be found")).toBeVisible();
  await page.goBack();
  await expect(page).not.toHaveURL("/");
});

test("Forward after Back closed the details opens them again, and Back closes them again; a task gone by then opens nothing and says so", async ({
  page,
  user,
  consoleGuard,
}) => {
  const [hotel] = await user.createTasks([{ title: "Book the hotel" }, { title: "Renew the passport" }]);
  const tasks = tasksPage(page);
  await tasks.goto();
  const details = page.getByRole("dialog", { name: "Task details" });
  const onList = await historyIndex(page);
  const loadedAt = await page.evaluate(() => performance.timeOrigin);

  await tasks.openDetails("Book the hotel");
  for (let i = 0; i < 2; i++) {
    await page.goBack();
    await expect(details).toHaveCount(0);
    await expect(tasks.item("Book the hotel")).toBeVisible();
    await page.goForward();
    await expect(details.getByLabel("Title")).toHaveValue("Book the hotel");
  }
  // Back once more: closed, on the page's own entry, the page never left.
  await page.goBack();
  await expect(details).toHaveCount(0);
  await expect(page).toHaveURL("/");
  expect(await historyIndex(page)).toBe(onList);
  expect(await page.evaluate(() => performance.timeOrigin)).toBe(loadedAt);

  // Deleted on another device: once the page has heard (the rows are hidden from the accessibility tree while the
  // sheet's closing animation runs, so the other row is waited for first), Forward opens nothing, says the task could
  // not be found, and leaves the entry for the one before (the browser logs the page's ask for it, answered 404).
  consoleGuard.allow(/status of 404/);
  await user.deleteTask(hotel?.id ?? 0);
  await expect(tasks.item("Renew the passport")).toBeVisible();
  await expect(tasks.item("Book the hotel")).toHaveCount(0);
  await page.goForward();
  await expect(tasks.toast("This task could not be found")).toBeVisible();
  await expect.poll(() => historyIndex(page)).toBe(onList);
  await expect(details).toHaveCount(0);
  await expect(tasks.item("Renew the passport")).toBeVisible();
  await page.goBack();
  await expect(page).not.toHaveURL("/");
});
