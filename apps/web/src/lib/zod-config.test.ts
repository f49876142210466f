import { describe, expect, it } from "vitest";

describe("zod-config", () => {
  it("turns off Zod's compiled parsers for every copy of Zod, without importing it", async () => {
    await import("./zod-config");
    const { z } = await import("zod");
    expect(z.config().jitless).toBe(true);
    const { readFileSync } = await import("node:fs");
    expect(readFileSync(new URL("./zod-config.ts", import.meta.url), "utf8")).not.toMatch(/from "zod/);
  });
});
