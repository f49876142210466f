import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeNextPath, signInPath, withNext } from "./next-path";

const SITE = "https://todo.example";

/** What a browser would do with the value: resolve it against the page it is on. */
const resolved = (path: string) => new URL(path, `${SITE}/sign-in`);

/** Any string, including control characters, backslashes, lone surrogates and non-ASCII text. */
const anyText = fc.oneof(fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" }), fc.string());

/** A path a user could really be on: `/`, `/x/y`, with a query and a fragment. */
const sitePath = fc
  .tuple(fc.webPath(), fc.option(fc.webQueryParameters()), fc.option(fc.webFragments()))
  .map(([path, query, fragment]) => {
    const url = new URL(SITE);
    url.pathname = path;
    if (query !== null) url.search = query;
    if (fragment !== null) url.hash = fragment;
    // A path of this site never starts `//` (a browser reads another host there), and the URL parser
    // keeps a raw backslash in a query or fragment where the app's own links encode it.
    return `${url.pathname.replace(/^\/+/, "/")}${url.search}${url.hash}`.replaceAll("\\", "%5C");
  });

describe("safeNextPath", () => {
  it("keeps every path of this site as it is", () => {
    fc.assert(
      fc.property(sitePath, (path) => {
        expect(safeNextPath(path)).toBe(path);
      }),
    );
    expect(safeNextPath("/?view=active&sort=priority")).toBe("/?view=active&sort=priority");
  });

  it("never answers anything but a path on the same origin, whatever it is given", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          anyText,
          anyText.map((s) => `/${s}`),
          sitePath,
        ),
        (input) => {
          const path = safeNextPath(input);
          expect(path.startsWith("/")).toBe(true);
          expect(path.startsWith("//")).toBe(false);
          // biome-ignore lint/suspicious/noControlCharactersInRegex: the answer must hold none.
          expect(path).not.toMatch(/[\\\u0000-\u001f\u007f-\u009f]/);
          expect(resolved(path).origin).toBe(SITE);
          expect(safeNextPath(path)).toBe(path);
        },
      ),
    );
  });

  it("refuses another site however it is spelled", () => {
    const host = fc.domain();
    const elsewhere = fc.oneof(
      fc.webUrl(),
      host.map((h) => `//${h}`),
      host.map((h) => `/\\${h}`),
      host.map((h) => `\\\\${h}`),
      host.map((h) => `\\/${h}`),
      fc.tuple(fc.constantFrom("\t", "\n", "\r", "\u0000", "\u001f"), host).map(([c, h]) => `/${c}/${h}`),
      fc.tuple(fc.constantFrom("http", "https", "javascript", "data", "HTTPS"), anyText).map(([s, r]) => `${s}:${r}`),
    );
    fc.assert(
      fc.property(elsewhere, (input) => {
        expect(safeNextPath(input)).toBe("/");
      }),
    );
  });

  it.each([
    "//evil.com",
    "https://evil.com",
    "/\\evil.com",
    "/\\/evil.com",
    "\\\\evil.com",
    "/\t/evil.com",
    "/\n/evil.com",
    "/x\u0000",
    "/x\u007f",
    "/x\u0085",
    " /x",
    "evil.com",
    "javascript:alert(1)",
    "/x\\y",
    "",
    null,
    undefined,
    `/${"a".repeat(2048)}`,
  ])("falls back to / for %j", (input) => {
    expect(safeNextPath(input)).toBe("/");
  });
});

describe("signInPath and withNext", () => {
  it("carries the path and query, encoded, and nothing for the home page", () => {
    expect(signInPath("/?view=active&sort=priority")).toBe("/sign-in?next=%2F%3Fview%3Dactive%26sort%3Dpriority");
    expect(signInPath("/")).toBe("/sign-in");
    expect(signInPath(null)).toBe("/sign-in");
    expect(signInPath("//evil.com")).toBe("/sign-in");
    expect(withNext("/sign-up", "/?view=done")).toBe("/sign-up?next=%2F%3Fview%3Ddone");
  });

  it("gives back exactly the path once the page reads its next parameter", () => {
    fc.assert(
      fc.property(sitePath, (path) => {
        const next = new URL(signInPath(path), SITE).searchParams.get("next");
        expect(safeNextPath(next)).toBe(path);
      }),
    );
  });
});
