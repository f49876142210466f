import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { SAMPLE_TASKS } from "./support/sample-tasks";
import { tasksPage } from "./support/tasks-page";

/**
 * React fibers (components and the elements they draw) a task row may hydrate before anyone points at it or
 * focuses it. Hydration is most of the tasks page's main-thread time on a phone and grows with the list, row by
 * row (docs/decisions/004-benchmarks.md § What the pages' figures are made of): 51–88 for the sample rows on
 * 2026-12-02, 74–111 when each row still hydrated its Radix "…" menu.
 */
const FIBERS_PER_ROW = 95;

/** The fibers under each task row's element, counted from React's own fiber on that element, by title. */
function fibersPerRow(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const counts: Record<string, number> = {};
    for (const row of document.querySelectorAll<HTMLElement>("[data-testid=task]")) {
      const key = Object.keys(row).find((name) => name.startsWith("__reactFiber$"));
      if (!key) throw new Error("a task row that React did not hydrate");
      type Fiber = { child: Fiber | null; sibling: Fiber | null };
      let count = 0;
      const stack: Fiber[] = [];
      const first = (row as unknown as Record<string, Fiber>)[key]?.child;
      if (first) stack.push(first);
      while (stack.length > 0) {
        const fiber = stack.pop() as Fiber;
        count += 1;
        if (fiber.sibling) stack.push(fiber.sibling);
        if (fiber.child) stack.push(fiber.child);
      }
      counts[row.querySelector("[data-row-focus]")?.textContent ?? "?"] = count;
    }
    return counts;
  });
}

test("each task row hydrates within its budget of React fibers, and its … menu mounts once the row is pointed at", async ({
  page,
  user,
}, testInfo) => {
  await user.createTasks(SAMPLE_TASKS);
  const tasks = tasksPage(page);
  await tasks.goto();
  await expect(tasks.region.getByRole("listitem")).toHaveCount(SAMPLE_TASKS.length);

  const hydrated = await fibersPerRow(page);
  console.log(`Fibers per task row: ${JSON.stringify(hydrated)} (budget ${FIBERS_PER_ROW})`);
  testInfo.annotations.push({ type: "fibers per row", description: JSON.stringify(hydrated) });
  expect(Object.keys(hydrated)).toHaveLength(SAMPLE_TASKS.length);
  for (const [title, count] of Object.entries(hydrated))
    expect(count, `fibers hydrated for "${title}"`).toBeLessThanOrEqual(FIBERS_PER_ROW);

  // Pointed at, the row mounts its menu (more fibers), ready for the press that follows.
  const title = "Water the plants";
  await tasks.item(title).hover();
  await expect.poll(async () => (await fibersPerRow(page))[title]).toBeGreaterThan(hydrated[title] ?? 0);
});
