import { dayWords, timeIn, weekdayOf } from "./support/due-words";
import { expect, isoDate, test } from "./support/fixtures";
import { tasksPage } from "./support/tasks-page";

/** The first Monday, Wednesday or Friday from today (UTC, the test account's zone) whose 07:00 is still ahead. */
function nextGymDay(): string {
  for (let days = 0; ; days++) {
    const date = isoDate(days);
    const later = days > 0 || timeIn("UTC") <= "07:00";
    if ([1, 3, 5].includes(weekdayOf(date)) && later) return date;
  }
}

test("'Gym every mon wed fri 7am #health !high' shows its chips as typed; Enter makes the recurring task", async ({
  page,
  user: _,
}) => {
  const tasks = tasksPage(page);
  await tasks.goto();
  await tasks.newTask.fill("Gym every mon wed fri 7am #health !high");

  await expect(tasks.chips.getByRole("listitem")).toHaveText(["Every Mon, Wed, Fri", "07:00", "health", "High"]);
  await expect(page.getByTestId("quick-add-said")).toHaveText(
    "Recognised: repeat Every Mon, Wed, Fri, due 07:00, tag #health, priority High",
  );
  // The buttons beside the line show what Enter makes.
  await expect(page.getByRole("button", { name: "Priority: High" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Tags: health" })).toBeVisible();

  await tasks.newTask.press("Enter");
  await expect(tasks.item("Gym")).toBeVisible();
  await expect(tasks.newTask).toHaveValue("");
  await expect(tasks.chips).toHaveCount(0);
  const next = nextGymDay();
  await expect(tasks.due("Gym")).toHaveText(new RegExp(`${dayWords(next, isoDate(0))} 07:00`));
  await expect(tasks.due("Gym").locator("time")).toHaveAttribute("datetime", `${next}T07:00`);
  await expect(tasks.repeat("Gym")).toHaveText(", repeats: Every week on Mon, Wed and Fri");
  await expect(tasks.repeat("Gym")).toHaveAttribute("title", "Every week on Mon, Wed and Fri");
  await expect(tasks.item("Gym")).toContainText("High");
  await expect(tasks.item("Gym").getByRole("button", { name: "Show tasks tagged health" })).toBeVisible();

  // As the server has it, after a reload.
  await tasks.goto();
  await expect(tasks.repeat("Gym")).toHaveAttribute("title", "Every week on Mon, Wed and Fri");
});

test("removing a chip keeps its words in the title, through later edits too", async ({ page, user: _ }) => {
  const tasks = tasksPage(page);
  await tasks.goto();
  await tasks.newTask.fill("Read Tomorrow and Tomorrow #books");
  await expect(tasks.chips.getByRole("listitem")).toHaveText(["Tomorrow", "books"]);

  await tasks.chips.getByRole("button", { name: /^Remove due Tomorrow, keep “Tomorrow” in the title$/ }).click();
  await expect(tasks.newTask).toBeFocused();
  // The last date was taken back: the first one is read in its place.
  await expect(tasks.chips.getByRole("listitem")).toHaveText(["Tomorrow", "books"]);
  await tasks.chips.getByRole("button", { name: /^Remove due Tomorrow/ }).click();
  await expect(tasks.chips.getByRole("listitem")).toHaveText(["books"]);

  // Typing on: the words taken back stay text.
  await tasks.newTask.press("End");
  await tasks.newTask.pressSequentially(" !low");
  await expect(tasks.chips.getByRole("listitem")).toHaveText(["books", "Low"]);
  await tasks.newTask.press("Enter");

  const row = tasks.item("Read Tomorrow and Tomorrow");
  await expect(row).toBeVisible();
  await expect(row.getByTestId("task-due")).toHaveCount(0);
  await expect(row).toContainText("Low");
  await expect(row.getByRole("button", { name: "Show tasks tagged books" })).toBeVisible();
});

test("^List puts the task in that list, and the page says where it went", async ({ page, user }) => {
  await user.createList("Errands");
  const tasks = tasksPage(page);
  await tasks.goto();
  await tasks.newTask.fill("Buy stamps ^errands");
  await expect(tasks.chips.getByRole("listitem")).toHaveText(["Errands"]);
  await tasks.newTask.press("Enter");
  const toast = tasks.toast("Added to Errands");
  await expect(toast).toBeVisible();
  await expect(tasks.item("Buy stamps")).toHaveCount(0);
  await toast.getByRole("button", { name: "Open Errands" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Errands" })).toBeVisible();
  await expect(tasks.item("Buy stamps")).toBeVisible();
});

test("a button chosen after typing wins: the line's words for that field leave it", async ({ page, user: _ }) => {
  const tasks = tasksPage(page);
  await tasks.goto();
  await tasks.newTask.fill("Pay rent tomorrow 9am !low");
  await expect(page.getByRole("button", { name: "Priority: Low" })).toBeVisible();

  await page.getByRole("button", { name: "Priority: Low" }).click();
  await page.getByRole("menuitemradio", { name: "High" }).click();
  await expect(tasks.newTask).toHaveValue("Pay rent tomorrow 9am");
  await expect(page.getByRole("button", { name: "Priority: High" })).toBeVisible();

  await page.getByRole("button", { name: "Due date: Tomorrow 09:00" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Today", exact: true }).click();
  await expect(tasks.newTask).toHaveValue("Pay rent");
  await expect(tasks.chips).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Due date: Today" })).toBeVisible();

  await tasks.newTask.press("Enter");
  await expect(tasks.due("Pay rent")).toHaveText(/Today$/);
  await expect(tasks.item("Pay rent")).toContainText("High");
});
