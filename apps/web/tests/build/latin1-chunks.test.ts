import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runInNewContext } from "node:vm";
import { decode, encode } from "@jridgewell/sourcemap-codec";
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { rewriteToLatin1 } from "../../scripts/latin1-chunks/latin1-chunks";
import { PAST_LATIN1, toLatin1Source } from "../../scripts/latin1-chunks/latin1-source";

/** Any text but the line separators, which stay as they are (they end lines for V8 and for source maps). */
const text = fc.string({ unit: "binary" }).filter((value) => !/[\u2028\u2029]/.test(value));

function rewritten(source: string): string {
  const rewrite = toLatin1Source(source);
  if (rewrite === null) throw new Error(`not rewritten: ${source}`);
  expect(rewrite.source).not.toMatch(PAST_LATIN1);
  return rewrite.source;
}

describe("toLatin1Source", () => {
  it("leaves a script that is Latin-1 already (so a second run changes nothing)", () => {
    expect(toLatin1Source('let a = "café";')).toBeNull();
    const once = rewritten('let a = "…";');
    expect(toLatin1Source(once)).toBeNull();
  });

  it("keeps the value of any string literal", () => {
    fc.assert(
      fc.property(
        text.filter((value) => PAST_LATIN1.test(value)),
        (value) => {
          const source = `(${JSON.stringify(value)})`;
          expect(runInNewContext(rewritten(source))).toBe(value);
        },
      ),
    );
  });

  it("keeps the value of any untagged template literal", () => {
    fc.assert(
      fc.property(
        text.filter((value) => PAST_LATIN1.test(value)),
        (value) => {
          const quasi = value.replace(/[\\`$]/g, (char) => `\\${char}`);
          const source = `\`${quasi}\${1}${quasi}\``;
          // What the template means (a carriage return in it reads as a line feed), before and after.
          expect(runInNewContext(rewritten(source))).toBe(runInNewContext(source));
        },
      ),
    );
  });

  it("keeps what any regular expression literal matches, with and without the u flag", () => {
    fc.assert(
      fc.property(
        text.filter((value) => PAST_LATIN1.test(value)),
        fc.constantFrom("", "u", "i", "iu"),
        fc.array(text, { maxLength: 4 }),
        (value, flags, others) => {
          // Code points, each escaped if special: the pattern matches `value` itself, and is valid in either mode.
          const pattern = [...value]
            .map((char) =>
              /[\\^$.*+?()[\]{}|/\n\r-]/.test(char) ? `\\x${char.charCodeAt(0).toString(16).padStart(2, "0")}` : char,
            )
            .join("");
          if (flags.includes("u") && /[\ud800-\udfff]/.test(pattern.replace(/[\ud800-\udbff][\udc00-\udfff]/g, "")))
            return;
          const source = `(/${pattern}|[${pattern}]/${flags})`;
          const before = runInNewContext(source) as RegExp;
          const after = runInNewContext(rewritten(source)) as RegExp;
          for (const input of [value, ...others, `${others[0] ?? ""}${value}`]) {
            expect(after.exec(input)?.[0]).toBe(before.exec(input)?.[0]);
          }
        },
      ),
    );
  });

  it("escapes an identity escape without its backslash, in a string and in a pattern", () => {
    expect(runInNewContext(rewritten('("a\\…b")'))).toBe("a…b");
    expect((runInNewContext(rewritten("(/a\\…b/)")) as RegExp).test("a…b")).toBe(true);
    // An escaped backslash before the character is kept.
    expect(runInNewContext(rewritten('("\\\\…")'))).toBe("\\…");
  });

  it("escapes identifiers and property names", () => {
    expect(runInNewContext(rewritten("var π = 3; var o = { Ω: π, ω() { return 1 } }; [π, o.Ω, o.ω()]"))).toEqual([
      3, 3, 1,
    ]);
    expect(runInNewContext(rewritten("class A { #ß = 1; #π = 2; get() { return this.#π } } new A().get()"))).toBe(2);
  });

  it("escapes comments, and keeps a block comment's line separator (it ends a line there)", () => {
    expect(runInNewContext(rewritten("/* — */ 1 // … \n + 1"))).toBe(2);
    expect(toLatin1Source("(function () { return /*\u2028*/ 1 })()")).toBeNull();
  });

  it("leaves a script whose tagged template holds a character past Latin-1: the tag reads the raw text", () => {
    expect(toLatin1Source("String.raw`…`")).toBeNull();
    expect(runInNewContext(rewritten("[String.raw`a`, `…`]"))).toEqual(["a", "…"]);
  });

  it("moves each source map column by what the escapes before it on its line added", () => {
    // `"…—";x;\n"…";y`: x at column 5 of line 0, y at column 4 of line 1.
    const mappings = encode([
      [
        [0, 0, 0, 0],
        [5, 0, 0, 9],
      ],
      [
        [0, 0, 1, 0],
        [4, 0, 1, 9],
      ],
    ]);
    const rewrite = toLatin1Source('"…—";x;\n"…";y', mappings);
    expect(rewrite?.source).toBe('"\\u2026\\u2014";x;\n"\\u2026";y');
    expect(decode(rewrite?.mappings as string)).toEqual([
      [
        [0, 0, 0, 0],
        [15, 0, 0, 9],
      ],
      [
        [0, 0, 1, 0],
        [9, 0, 1, 9],
      ],
    ]);
  });
});

describe("rewriteToLatin1", () => {
  let dir: string;
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it("rewrites every .js file under the folder that needs it, with its map, and reports the ones it leaves", async () => {
    dir = await mkdtemp(join(tmpdir(), "server-"));
    await mkdir(join(dir, "chunks"));
    await writeFile(join(dir, "chunks", "a.js"), 'module.exports="…";x');
    await writeFile(
      join(dir, "chunks", "a.js.map"),
      JSON.stringify({ version: 3, sources: ["a.ts"], mappings: encode([[[0], [21, 0, 0, 0]]]) }),
    );
    await writeFile(join(dir, "b.js"), "module.exports=String.raw`…`");
    await writeFile(join(dir, "c.js"), "module.exports=1");
    await writeFile(join(dir, "d.json"), '{"a":"…"}');

    const report = await rewriteToLatin1(dir);
    expect(report).toEqual({
      rewritten: 1,
      bytes: 22,
      left: [{ file: join(dir, "b.js"), why: expect.stringContaining("tagged template") }],
    });
    expect(await readFile(join(dir, "chunks", "a.js"), "utf8")).toBe('module.exports="\\u2026";x');
    const map = JSON.parse(await readFile(join(dir, "chunks", "a.js.map"), "utf8"));
    expect(map.sources).toEqual(["a.ts"]);
    expect(decode(map.mappings)).toEqual([[[0], [26, 0, 0, 0]]]);
    expect(await readFile(join(dir, "d.json"), "utf8")).toBe('{"a":"…"}');
    expect((await rewriteToLatin1(dir)).rewritten).toBe(0);
  });
});

describe("the built app", () => {
  it("has every server script in Latin-1", async () => {
    const server = fileURLToPath(new URL("../../.next/server", import.meta.url));
    const scripts = (await readdir(server, { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile() && entry.name.endsWith(".js"))
      .map((entry) => join(entry.parentPath, entry.name));
    expect(scripts.length).toBeGreaterThan(50);
    for (const file of scripts) expect(await readFile(file, "utf8"), file).not.toMatch(PAST_LATIN1);
  });
});
