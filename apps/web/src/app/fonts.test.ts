import { existsSync, readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it, vi } from "vitest";

/*
 * fonts.ts copies each subset's unicode-range from @fontsource-variable/geist by hand (Next.js takes only literal
 * options there). These checks read the package's own ranges, so an upgrade that changes them fails here rather
 * than leaving a subset drawn for the wrong characters.
 */

interface FaceOptions {
  src: string;
  variable: string;
  display: string;
  preload?: boolean;
  declarations: { prop: string; value: string }[];
}

const faces: FaceOptions[] = [];

// next/font/local is a build-time transform with nothing to run outside Next.js's compiler: record what each call asks.
vi.mock("next/font/local", () => ({
  default: (options: FaceOptions) => {
    faces.push(options);
    return { className: "", style: { fontFamily: "" }, variable: `variable-of-${options.variable}` };
  },
}));

const here = dirname(fileURLToPath(import.meta.url));
const packageRanges: Record<string, string> = JSON.parse(
  readFileSync(join(here, "../../node_modules/@fontsource-variable/geist/unicode.json"), "utf8"),
);

/** "geist-latin-ext-wght-normal.woff2" → "latin-ext" */
const subsetOf = (src: string) =>
  basename(src)
    .replace(/^geist-/, "")
    .replace(/-wght-normal\.woff2$/, "");

const rangeOf = (face: FaceOptions) =>
  face.declarations.find((declaration) => declaration.prop === "unicode-range")?.value;

let fontVariables: string;

beforeAll(async () => {
  ({ fontVariables } = await import("./fonts"));
});

describe("the Geist faces", () => {
  it("are one per subset the package ships, each file present", () => {
    expect(faces.map((face) => subsetOf(face.src)).sort()).toEqual(Object.keys(packageRanges).sort());
    for (const face of faces) expect(existsSync(join(here, face.src)), face.src).toBe(true);
  });

  it("each cover exactly the characters the package gives its subset", () => {
    for (const face of faces) expect(rangeOf(face), face.src).toBe(packageRanges[subsetOf(face.src)]);
  });

  it("preload only Latin, and never swap", () => {
    expect(faces.filter((face) => face.preload !== false).map((face) => subsetOf(face.src))).toEqual(["latin"]);
    for (const face of faces) expect(face.display, face.src).toBe("optional");
  });

  it("are all named by --font-sans, in the order fontVariables gives their classes, before the system's face", () => {
    const css = readFileSync(join(here, "globals.css"), "utf8");
    const fontSans = css.match(/--font-sans:([^;]+);/)?.[1] ?? "";
    const named = [...fontSans.matchAll(/var\((--font-geist[\w-]*)\)/g)].map((match) => match[1]);
    expect(named).toEqual(faces.map((face) => face.variable));
    expect(fontSans.indexOf("system-ui")).toBeGreaterThan(fontSans.lastIndexOf("var("));
    expect(fontVariables.split(" ")).toEqual(faces.map((face) => `variable-of-${face.variable}`));
  });
});
