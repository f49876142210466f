import { expect, test } from "./support/fixtures";
import { tasksPage } from "./support/tasks-page";

test("tags as chips: # is dropped, spaces separate tags, case does not make a second tag, and the user's tags are suggested", async ({
  page,
  user,
}) => {
  await user.createTasks([{ title: "Pack bags", tags: ["travel"] }, { title: "Call the bank" }]);
  const tasks = tasksPage(page);
  await tasks.goto();

  const details = await tasks.openDetails("Call the bank");
  const field = details.getByRole("combobox", { name: "Tags" });
  await field.fill("tr");
  await expect(details.getByRole("option", { name: "travel" })).toBeVisible();
  await field.fill("#hash a b ");
  // An existing tag typed in another case is that tag, as the user spelt it first.
  await field.fill("TRAVEL");
  await field.press("Enter");
  const chips = details.getByRole("list", { name: "Tags" }).getByRole("listitem");
  await expect(chips).toHaveText(["hash", "a", "b", "travel"]);
  await field.fill("Travel");
  await field.press("Enter");
  await expect(chips).toHaveCount(4);
  await field.press("Backspace");
  await expect(chips).toHaveText(["hash", "a", "b"]);
  await field.fill("Brand-New");
  await field.press("Enter");
  await expect(chips).toHaveText(["hash", "a", "b", "Brand-New"]);
  await details.getByRole("button", { name: "Save" }).click();
  const row = tasks.item("Call the bank");
  for (const tag of ["hash", "a", "b", "Brand-New"])
    await expect(row.getByRole("button", { name: `Show tasks tagged ${tag}`, exact: true })).toBeVisible();
});

test("search finds tasks by tag, with or without #", async ({ page, user }) => {
  await user.createTasks([{ title: "Pack bags", tags: ["travel"] }, { title: "Call the bank" }]);
  const tasks = tasksPage(page);
  await tasks.goto();
  for (const q of ["travel", "#travel", "TRAV"]) {
    await tasks.search.fill(q);
    await expect(tasks.list.getByRole("listitem")).toHaveText([/^Pack bags/]);
  }
});

test("the add box's tag picker offers the user's tags as they stand when it opens, most used first", async ({
  page,
  user,
}) => {
  await user.createTasks([
    { title: "Pack bags", tags: ["travel"] },
    { title: "Book the hotel", tags: ["travel", "admin"] },
  ]);
  const tasks = tasksPage(page);
  await tasks.goto();
  const tagsButton = page.getByRole("button", { name: "Tags", exact: true });
  const offered = page.getByRole("listbox").getByRole("option");
  await tagsButton.click();
  await expect(offered).toHaveText(["travel", "admin"]);
  await page.keyboard.press("Escape");

  // A tag given to a task since the page loaded is offered the next time the picker opens.
  const details = await tasks.openDetails("Pack bags");
  const field = details.getByRole("combobox", { name: "Tags" });
  await field.fill("errands");
  await field.press("Enter");
  await details.getByRole("button", { name: "Save" }).click();
  await expect(details).toBeHidden();
  await tagsButton.click();
  await expect(offered).toHaveText(["travel", "admin", "errands"]);
});
