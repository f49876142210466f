import { describe, expect, it } from "vitest";
import { loadOnFirstUse } from "./load-on-first-use";

describe("loadOnFirstUse", () => {
  it("loads on the first use, once, however many callers ask at the same time", async () => {
    let loads = 0;
    const module = loadOnFirstUse(async () => ({ n: ++loads }));
    expect(loads).toBe(0);
    expect(module.loaded()).toBeNull();
    const [a, b] = await Promise.all([module.load(), module.load()]);
    expect(a).toBe(b);
    expect(await module.load()).toBe(a);
    expect(loads).toBe(1);
    expect(module.loaded()).toBe(a);
  });

  it("is not loaded while its load is under way", async () => {
    let finish: (value: string) => void = () => {};
    const module = loadOnFirstUse(() => new Promise<string>((resolve) => (finish = resolve)));
    const loading = module.load();
    expect(module.loaded()).toBeNull();
    finish("ready");
    expect(await loading).toBe("ready");
    expect(module.loaded()).toBe("ready");
  });

  it("tries again on the next use after a failed load, and every caller of the failed one hears of it", async () => {
    let attempts = 0;
    const module = loadOnFirstUse(async () => {
      attempts++;
      if (attempts === 1) throw new TypeError("Failed to fetch dynamically imported module");
      return "loaded";
    });
    const [first, second] = await Promise.allSettled([module.load(), module.load()]);
    expect(first.status).toBe("rejected");
    expect(second.status).toBe("rejected");
    expect(attempts).toBe(1);
    expect(module.loaded()).toBeNull();
    await expect(module.load()).resolves.toBe("loaded");
    expect(attempts).toBe(2);
    expect(module.loaded()).toBe("loaded");
  });
});
