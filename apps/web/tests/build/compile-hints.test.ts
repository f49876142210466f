import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { signUp } from "@todo/test-support/accounts";
import { afterEach, describe, expect, inject, it } from "vitest";
import { addCompileHints, COMPILE_HINT, withCompileHint } from "../../scripts/compile-hints/compile-hints";

const baseUrl = inject("appUrl");

describe("withCompileHint", () => {
  it("puts the hint on a line of its own before the script", () => {
    expect(withCompileHint("let a=1;")).toBe(`${COMPILE_HINT}\nlet a=1;`);
  });

  it("leaves a hinted script as it is", () => {
    const once = withCompileHint("f()");
    expect(withCompileHint(once)).toBe(once);
  });
});

describe("addCompileHints", () => {
  let dir: string;
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it("hints every .js file under the folder once, and nothing else", async () => {
    dir = await mkdtemp(join(tmpdir(), "chunks-"));
    await mkdir(join(dir, "app"));
    await writeFile(join(dir, "a.js"), "a()");
    await writeFile(join(dir, "app", "b.js"), "b()");
    await writeFile(join(dir, "c.css"), "body{}");
    await writeFile(join(dir, "d.js.map"), "{}");

    expect(await addCompileHints(dir)).toBe(2);
    expect(await readFile(join(dir, "a.js"), "utf8")).toBe(`${COMPILE_HINT}\na()`);
    expect(await readFile(join(dir, "app", "b.js"), "utf8")).toBe(`${COMPILE_HINT}\nb()`);
    expect(await readFile(join(dir, "c.css"), "utf8")).toBe("body{}");
    expect(await readFile(join(dir, "d.js.map"), "utf8")).toBe("{}");
    // A second build step over the same output changes nothing.
    expect(await addCompileHints(dir)).toBe(0);
  });
});

describe("the built app's pages", () => {
  async function scriptsOf(path: string, cookie?: string): Promise<string[]> {
    const response = await fetch(`${baseUrl}${path}`, {
      headers: cookie ? { Cookie: cookie } : {},
      redirect: "manual",
    });
    expect(response.status).toBe(200);
    const html = await response.text();
    return [...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)].map((match) => match[1] as string);
  }

  it("serves every script they load with the compile hint first", async () => {
    const { cookie } = await signUp(baseUrl);
    const scripts = [...new Set([...(await scriptsOf("/sign-in")), ...(await scriptsOf("/", cookie))])];
    expect(scripts.length).toBeGreaterThan(5);
    for (const src of scripts) {
      const body = await (await fetch(new URL(src, baseUrl))).text();
      expect(body.startsWith(`${COMPILE_HINT}\n`), src).toBe(true);
    }
  });
});
