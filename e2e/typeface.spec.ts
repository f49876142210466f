import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { tasksPage } from "./support/tasks-page";

// Text is set in Geist (apps/web/src/app/fonts.ts): its Latin face is preloaded by every page's response and used
// from the first layout; the other subsets come when a page's text needs them.

/** The faces Chromium drew the text of the element `selector` finds with, as it reports them. */
async function facesOf(page: Page, selector: string): Promise<{ family: string; custom: boolean }[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send("DOM.enable");
    await cdp.send("CSS.enable");
    const { root } = await cdp.send("DOM.getDocument", { depth: 0 });
    const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector });
    if (!nodeId) throw new Error(`no element matches ${selector}`);
    const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
    return fonts.map((font) => ({ family: font.familyName, custom: font.isCustomFont }));
  } finally {
    await cdp.detach();
  }
}

/** The faces among `faces` that are not one of Geist's. */
const notGeist = (faces: { family: string; custom: boolean }[]) =>
  faces.filter((face) => face.family !== "Geist" || !face.custom);

/** The font a page's response preloads by its `Link` header. */
function preloadedFont(link: string | null | undefined): string | undefined {
  return /<(\/_next\/static\/media\/[^>]+\.woff2)>;\s*rel=preload;\s*as="font"/.exec(link ?? "")?.[1];
}

test("a page's response preloads Geist's Latin face, and the page's text is drawn in it", async ({ page }) => {
  const response = await page.goto("/sign-in");
  const link = await response?.headerValue("link");
  const preloaded = preloadedFont(link);
  expect(preloaded, `Link: ${link}`).toBeDefined();
  const font = await page.request.get(preloaded as string);
  expect(font.status()).toBe(200);
  expect(font.headers()["content-type"]).toBe("font/woff2");

  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  for (const selector of ["h1", "label", "button[type=submit]"]) {
    const faces = await facesOf(page, selector);
    expect(faces.length).toBeGreaterThan(0);
    expect(notGeist(faces)).toEqual([]);
  }
});

test("a title in Polish, Vietnamese or Russian is drawn in Geist's face for its script; one Geist lacks falls back to the system's", async ({
  page,
  user,
}) => {
  const titles = ["Zażółć gęślą jaźń", "Mua bánh mì cho bữa sáng", "Позвонить бабушке", "Ελληνικά"];
  const created = await user.createTasks(titles.map((title) => ({ title })));
  const tasks = tasksPage(page);
  const response = await page.goto("/");
  expect(preloadedFont(await response?.headerValue("link"))).toBeDefined();
  await expect(tasks.item(titles[0] as string)).toBeVisible();
  // A face the first render did not preload may come after it and leave that page in the system's font
  // (`display: "optional"`); the next page has it from the cache.
  await page.evaluate(() => document.fonts.ready);
  await page.reload();
  await expect(tasks.item(titles[0] as string)).toBeVisible();

  const [polish, vietnamese, russian, greek] = created.map((task) => `#task-${task.id}-title`);
  for (const selector of [polish, vietnamese, russian]) {
    const faces = await facesOf(page, selector as string);
    expect(faces.length).toBeGreaterThan(0);
    expect(notGeist(faces)).toEqual([]);
  }
  // Geist has no Greek: the system's face draws those letters.
  const greekFaces = await facesOf(page, greek as string);
  expect(greekFaces.length).toBeGreaterThan(0);
  expect(notGeist(greekFaces)).toEqual(greekFaces);
});
