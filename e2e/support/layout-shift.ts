import type { Page } from "@playwright/test";

export interface LayoutShift {
  value: number;
  /** The elements that moved: tag, a few words of their text, and their top before → after. */
  sources: string[];
}

declare global {
  interface Window {
    __layoutShifts?: LayoutShift[];
  }
}

/** Starts recording layout shifts from the next navigation's first paint on (buffered, so none is missed). */
export async function recordLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__layoutShifts = [];
    type Shift = PerformanceEntry & {
      value: number;
      hadRecentInput: boolean;
      sources: { node: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
    };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Shift[]) {
        // Shifts right after the user's input are expected, and not counted (as CLS does).
        if (entry.hadRecentInput) continue;
        const sources = entry.sources.map(({ node, previousRect, currentRect }) => {
          const element = node instanceof Element ? node : node?.parentElement;
          const words = (element?.textContent ?? "").trim().slice(0, 40);
          return `<${element?.tagName.toLowerCase() ?? "?"}> "${words}" top ${previousRect.top} → ${currentRect.top}`;
        });
        window.__layoutShifts?.push({ value: entry.value, sources });
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
}

/** Every shift recorded so far, after two frames so that the last layout is in. */
export async function layoutShifts(page: Page): Promise<LayoutShift[]> {
  return page.evaluate(async () => {
    for (let frame = 0; frame < 2; frame++) await new Promise(requestAnimationFrame);
    return window.__layoutShifts ?? [];
  });
}
