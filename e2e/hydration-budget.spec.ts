import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { SAMPLE_TASKS } from "./support/sample-tasks";
import { tasksPage } from "./support/tasks-page";

/**
 * React fibers (components and the elements they draw) a task row may hydrate before anyone points at it or
 * focuses it. Hydration is most of the tasks page's main-thread time on a phone and grows with the list, row by
 * row (docs/decisions/004-benchmarks.md § What the pages' figures are made of): 47–84 for the sample rows since
 * 2026-12-07 (a native checkbox, and the "…" menu's on-demand wrapper, one fiber), 51–88 with Radix's checkbox,
 * 74–111 when each row still hydrated its Radix "…" menu.
 */
const FIBERS_PER_ROW = 95;

type Fiber = { child: Fiber | null; sibling: Fiber | null };

/**
 * The fibers React hydrated under each element `selector` finds, counted from React's own fiber on that element,
 * keyed by the text of the element `keySelector` finds inside it (or of the element itself).
 */
function fibersUnderEach(page: Page, selector: string, keySelector?: string): Promise<Record<string, number>> {
  return page.evaluate(
    ([selector, keySelector]) => {
      const counts: Record<string, number> = {};
      for (const element of document.querySelectorAll<HTMLElement>(selector)) {
        const key = Object.keys(element).find((name) => name.startsWith("__reactFiber$"));
        if (!key) throw new Error(`an element (${selector}) that React did not hydrate`);
        let count = 0;
        const stack: Fiber[] = [];
        const first = (element as unknown as Record<string, Fiber>)[key]?.child;
        if (first) stack.push(first);
        while (stack.length > 0) {
          const fiber = stack.pop() as Fiber;
          count += 1;
          if (fiber.sibling) stack.push(fiber.sibling);
          if (fiber.child) stack.push(fiber.child);
        }
        const name = (keySelector ? element.querySelector(keySelector) : element)?.textContent ?? "?";
        counts[name] = (counts[name] ?? 0) + count;
      }
      return counts;
    },
    [selector, keySelector] as const,
  );
}

/** The fibers under each task row's element, by title. */
const fibersPerRow = (page: Page) => fibersUnderEach(page, "[data-testid=task]", "[data-row-focus]");

/** The fibers under every element `selector` finds, summed. */
async function fibersUnder(page: Page, selector: string): Promise<number> {
  const counts = Object.values(await fibersUnderEach(page, selector));
  return counts.reduce((sum, count) => sum + count, 0);
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

/**
 * Each commit React makes on the page: when, how many components it rendered in all and under task rows, and the
 * first few of them (to tell, when the test fails, what made a commit nobody expected).
 */
interface Commit {
  at: number;
  renders: number;
  rowRenders: number;
  rendered: string[];
}

/**
 * Records every commit through React's DevTools hook (which React DOM calls on each commit when the page defines
 * it): the components (function, class, forwardRef, memo) that rendered in it under each task row's element. A
 * fiber React reused from the commit before, untouched, still carries the flag of the render that made it, so only
 * fibers new to the tree count.
 */
function recordCommits() {
  const commits: Commit[] = [];
  (window as unknown as { __commits: Commit[] }).__commits = commits;
  type Fiber = {
    tag: number;
    flags: number;
    child: Fiber | null;
    sibling: Fiber | null;
    memoizedProps: Record<string, unknown> | null;
    type: { displayName?: string; name?: string; render?: { name?: string } } | string | null;
  };
  /** A component's name (minified, in a production build) and the first element it draws, to know it by. */
  const describe = (fiber: Fiber) => {
    const { type } = fiber;
    const name = typeof type === "object" && type ? (type.displayName ?? type.name ?? type.render?.name) : undefined;
    let host: Fiber | null = fiber.child;
    for (let depth = 0; host && typeof host.type !== "string" && depth < 30; depth++) host = host.child;
    const props = host?.memoizedProps ?? {};
    const mark = props["data-testid"] ?? props["aria-label"] ?? String(props.className ?? "").split(" ")[0];
    return `${name ?? "?"}<${typeof host?.type === "string" ? host.type : "-"}${mark ? ` ${String(mark)}` : ""}>`;
  };
  const COMPONENT = new Set([0, 1, 11, 14, 15]);
  const PERFORMED_WORK = 1;
  let previous = new Set<Fiber>();
  (window as unknown as Record<string, unknown>).__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject: () => 1,
    checkDCE: () => {},
    onScheduleFiberRoot: () => {},
    onPostCommitFiberRoot: () => {},
    onCommitFiberUnmount: () => {},
    onCommitFiberRoot: (_renderer: number, root: { current: Fiber }) => {
      const seen = new Set<Fiber>();
      let renders = 0;
      let rowRenders = 0;
      const rendered = new Set<string>();
      const stack: [Fiber, boolean][] = [[root.current, false]];
      while (stack.length > 0) {
        const [fiber, inRow] = stack.pop() as [Fiber, boolean];
        seen.add(fiber);
        const row = inRow || fiber.memoizedProps?.["data-testid"] === "task";
        if (COMPONENT.has(fiber.tag) && fiber.flags & PERFORMED_WORK && !previous.has(fiber)) {
          renders += 1;
          if (row) rowRenders += 1;
          if (rendered.size < 8) rendered.add(describe(fiber));
        }
        if (fiber.sibling) stack.push([fiber.sibling, inRow]);
        if (fiber.child) stack.push([fiber.child, row]);
      }
      previous = seen;
      commits.push({ at: Date.now(), renders, rowRenders, rendered: [...rendered] });
    },
  };
}

test("task rows render once, as they hydrate, and not again until something changes", async ({ page, user }) => {
  await user.createTasks(SAMPLE_TASKS);
  await page.addInitScript(recordCommits);
  const tasks = tasksPage(page);
  // The minute's tick re-draws the rows' due words: a load it falls in is looked at again.
  for (let attempt = 1; ; attempt++) {
    await tasks.goto();
    await expect(tasks.region.getByRole("listitem")).toHaveCount(SAMPLE_TASKS.length);
    // Past the page's first idle moment, when the add box mounts its pickers.
    await page.waitForTimeout(2_000);
    const commits = await page.evaluate(() => (window as unknown as { __commits: Commit[] }).__commits);
    // Under load, React has been seen to commit the empty root many times (183 and 1,585 times in two runs) before it
    // hydrates anything: commits that render no component. The rows render in the one that hydrates, and only then.
    const hydration = commits.findIndex((commit) => commit.rowRenders > 0);
    const minute = (at: number) => Math.floor(at / 60_000);
    if (attempt < 3 && hydration >= 0 && minute(commits[hydration]?.at ?? 0) !== minute(Date.now())) continue;
    const before = commits.slice(0, Math.max(hydration, 0));
    const after = commits.slice(hydration + 1);
    console.log(
      `Components rendered under task rows, commit by commit from the first that rendered any: ${commits
        .slice(commits.findIndex((commit) => commit.renders > 0))
        .map((commit) => commit.rowRenders)
        .join(", ")} (${before.length} commits before hydration)`,
    );
    // Where a commit breaks the pattern, what it rendered (the first 8 components, anywhere on the page).
    const unexpected = [...before.filter((commit) => commit.renders > 0), ...after.filter((c) => c.rowRenders > 0)]
      .slice(0, 5)
      .map(({ renders, rowRenders, rendered }) => `${renders} (${rowRenders} under rows): ${rendered.join(", ")}`);
    const explained = `${commits.length} commits; unexpected: ${unexpected.join("; ")}`;
    expect(hydration, explained).toBeGreaterThanOrEqual(0);
    expect(
      before.map((commit) => commit.renders),
      explained,
    ).toEqual(before.map(() => 0));
    expect(
      after.map((commit) => commit.rowRenders),
      explained,
    ).toEqual(after.map(() => 0));
    break;
  }
});

test("the account and View menus hydrate as their buttons alone, mount on the first pointer or focus, and open however first reached", async ({
  page,
  user,
}) => {
  const tasks = tasksPage(page);
  const avatar = page.getByRole("button", { name: `Account menu for ${user.name}` });
  const toolbar = 'div:has(> [aria-label^="View options"])';
  const fibers = (selector: string) => fibersUnder(page, selector);
  await user.createTasks(SAMPLE_TASKS.slice(0, 1));
  await tasks.goto();
  await expect(tasks.list).toBeVisible();

  // Pointed at, each mounts its menu (more fibers): the press that follows lands on Radix's trigger.
  const header = await fibers("header");
  await avatar.hover();
  await expect.poll(() => fibers("header")).toBeGreaterThan(header);
  const options = await fibers(toolbar);
  await tasks.viewOptions.hover();
  await expect.poll(() => fibers(toolbar)).toBeGreaterThan(options);

  // A screen reader's click, with no pointer or focus before it, opens the menu drawn alone.
  await tasks.goto();
  await tasks.viewOptions.dispatchEvent("click");
  await expect(page.getByRole("menu")).toContainText("Sort");
  await page.keyboard.press("Escape");
  await expect(page.getByRole("menu")).toHaveCount(0);
  await avatar.dispatchEvent("click");
  await expect(page.getByRole("menu")).toContainText(user.email);
  await page.keyboard.press("Escape");

  // Reached by Tab, focus stays on the button as the menu mounts under it, and the keys open the menu.
  await tasks.goto();
  await page.getByRole("searchbox", { name: "Search tasks" }).focus();
  await page.keyboard.press("Tab");
  await expect(tasks.viewOptions).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("menuitemradio", { name: "My order" })).toBeFocused();
});
