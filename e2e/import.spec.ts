import { readFile } from "node:fs/promises";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/fixtures";
import { tasksPage } from "./support/tasks-page";

test("an export downloaded from one account is previewed, then imported into another, whose tasks then show it", async ({
  page,
  user,
  openBrowser,
}) => {
  const garden = await user.createList("Garden", "#22aa66");
  const [parent] = await user.createTasks([{ title: "Plant tulips", listId: garden.id }]);
  await user.createTasks([{ title: "Buy bulbs", parentId: parent?.id }, { title: "Call the plumber" }]);
  await page.goto("/settings");
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download export" }).click();
  const file = (await (await downloading).path()) as string;

  const other = await openBrowser();
  await other.page.goto("/settings");
  const section = other.page.getByRole("region", { name: "Your data" });
  await section.getByLabel("Import a file").setInputFiles({
    name: "todo-export.json",
    mimeType: "application/json",
    buffer: await readFile(file),
  });
  const preview = section.getByRole("region", { name: "Import preview" });
  await expect(preview).toContainText("todo-export.json will add 1 list, 2 tasks, 1 subtask and 0 completions.");
  await expect(preview.getByRole("list", { name: "First tasks" }).getByRole("listitem")).toHaveText([
    "Call the plumber",
    "Plant tulips",
  ]);
  await expectNoAxeViolations(other.page);

  await preview.getByRole("button", { name: "Import" }).click();
  await expect(other.page.getByText("Imported 1 list, 2 tasks, 1 subtask and 0 completions")).toBeVisible();
  await expect(preview).toHaveCount(0);

  const tasks = tasksPage(other.page);
  await tasks.goto();
  await expect(tasks.list.getByRole("listitem")).toHaveText([/^Call the plumber/]);
  const sidebar = other.page.getByRole("navigation", { name: "Lists" });
  await sidebar.getByRole("link", { name: /^Garden/ }).click();
  await expect(other.page.getByRole("heading", { name: "Garden", level: 1 })).toBeVisible();
  await expect(tasks.item("Plant tulips")).toBeVisible();
});

test("a Todoist CSV is previewed with its warnings; a file that cannot be read says why and adds nothing", async ({
  page,
  user: _user,
  consoleGuard,
}) => {
  consoleGuard.allow(/status of 422/);
  await page.goto("/settings");
  const section = page.getByRole("region", { name: "Your data" });
  const input = section.getByLabel("Import a file");
  const csv = [
    "TYPE,CONTENT,DESCRIPTION,PRIORITY,INDENT,AUTHOR,RESPONSIBLE,DATE,DATE_LANG,TIMEZONE",
    "task,Water plants,,4,1,Ada,,tomorrow 5pm,en,UTC",
    "task,Fern,,1,3,Ada,,,,",
  ].join("\n");
  await input.setInputFiles({ name: "Home.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  const preview = section.getByRole("region", { name: "Import preview" });
  await expect(preview).toContainText("Home.csv will add 1 list, 1 task, 1 subtask and 0 completions.");
  await expect(preview.getByRole("list", { name: "Warnings" })).toHaveText(
    "Row 3: INDENT 3 was made a subtask of the task above at indent 1",
  );
  await preview.getByRole("button", { name: "Cancel" }).click();
  await expect(preview).toHaveCount(0);

  await input.setInputFiles({
    name: "Bad.csv",
    mimeType: "text/csv",
    buffer: Buffer.from("TYPE,CONTENT,PRIORITY\ntask,Odd,9\n"),
  });
  await expect(section.getByRole("alert")).toHaveText("Row 2: PRIORITY must be 1, 2, 3 or 4");
  await expect(preview).toHaveCount(0);
  await expectNoAxeViolations(page);
});
