import localFont from "next/font/local";

/*
 * Geist (the Next.js and shadcn/ui face, OFL), from @fontsource-variable/geist: one variable file per script, each
 * face limited to its script's characters (the ranges are Fontsource's, as Google Fonts serves them), so a page
 * downloads only the subsets its text uses, and a character none of them holds falls back to the system's font.
 *
 * Only Latin is preloaded. With `display: "optional"` Chromium holds the first render for a preloaded face, briefly,
 * so the first layout is done in it: no swap, so no shift and no adjusted fallback face, and on Linux none of the
 * synchronous questions the renderer asks the browser about each size of a system font, which held that layout up
 * (decision 004). A subset that misses its moment (a slow first visit) leaves that page in the system's font, and
 * comes from the cache on the next.
 *
 * Next.js reads these calls at build time, so each writes its options out in full; it names each face after its
 * constant. fonts.test.ts checks the ranges against the package's own `unicode.json`.
 */
const geistLatin = localFont({
  weight: "100 900",
  style: "normal",
  display: "optional",
  adjustFontFallback: false,
  src: "../../node_modules/@fontsource-variable/geist/files/geist-latin-wght-normal.woff2",
  variable: "--font-geist-latin",
  declarations: [
    {
      prop: "unicode-range",
      value:
        "U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD",
    },
  ],
});

const geistLatinExtended = localFont({
  weight: "100 900",
  style: "normal",
  display: "optional",
  adjustFontFallback: false,
  preload: false,
  src: "../../node_modules/@fontsource-variable/geist/files/geist-latin-ext-wght-normal.woff2",
  variable: "--font-geist-latin-ext",
  declarations: [
    {
      prop: "unicode-range",
      value:
        "U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF",
    },
  ],
});

const geistVietnamese = localFont({
  weight: "100 900",
  style: "normal",
  display: "optional",
  adjustFontFallback: false,
  preload: false,
  src: "../../node_modules/@fontsource-variable/geist/files/geist-vietnamese-wght-normal.woff2",
  variable: "--font-geist-vietnamese",
  declarations: [
    {
      prop: "unicode-range",
      value:
        "U+0102-0103,U+0110-0111,U+0128-0129,U+0168-0169,U+01A0-01A1,U+01AF-01B0,U+0300-0301,U+0303-0304,U+0308-0309,U+0323,U+0329,U+1EA0-1EF9,U+20AB",
    },
  ],
});

const geistCyrillic = localFont({
  weight: "100 900",
  style: "normal",
  display: "optional",
  adjustFontFallback: false,
  preload: false,
  src: "../../node_modules/@fontsource-variable/geist/files/geist-cyrillic-wght-normal.woff2",
  variable: "--font-geist-cyrillic",
  declarations: [{ prop: "unicode-range", value: "U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116" }],
});

const geistCyrillicExtended = localFont({
  weight: "100 900",
  style: "normal",
  display: "optional",
  adjustFontFallback: false,
  preload: false,
  src: "../../node_modules/@fontsource-variable/geist/files/geist-cyrillic-ext-wght-normal.woff2",
  variable: "--font-geist-cyrillic-ext",
  declarations: [
    { prop: "unicode-range", value: "U+0460-052F,U+1C80-1C8A,U+20B4,U+2DE0-2DFF,U+A640-A69F,U+FE2E-FE2F" },
  ],
});

/** The classes that define the subsets' variables, which `--font-sans` (globals.css) names in this order. */
export const fontVariables = [geistLatin, geistLatinExtended, geistVietnamese, geistCyrillic, geistCyrillicExtended]
  .map((face) => face.variable)
  .join(" ");
