import type { PlainDate } from "@todo/dates";

// A date names a day, not an instant: it is formatted as that day's UTC midnight, in UTC, so that what it reads
// never depends on the device's zone, nor on its changing while the page is open (a format keeps the zone it was
// made in).
const DAY_FORMATS = {
  /** "Thursday" */
  weekday: { weekday: "long", timeZone: "UTC" },
  /** "Mon, Dec 8" */
  short: { weekday: "short", month: "short", day: "numeric", timeZone: "UTC" },
  /** "Tue, Jan 5, 2027" */
  shortWithYear: { weekday: "short", month: "short", day: "numeric", year: "numeric", timeZone: "UTC" },
  /** "Monday, December 8, 2026" */
  long: { weekday: "long", month: "long", day: "numeric", year: "numeric", timeZone: "UTC" },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

export type DayFormat = keyof typeof DAY_FORMATS;

/**
 * Dates' words as the server wrote them into a page, by locale, format and date
 * (`{ "en-US": { short: { "2026-12-08": "Tue, Dec 8" } } }`).
 */
export type DateWords = Record<string, Partial<Record<DayFormat, Record<PlainDate, string>>>>;

// Each format made once per locale: a row's words are written on every render, and `toLocaleDateString` would make
// a new format each time. A server writes in every visitor's locale: the oldest format goes past this many (each
// holds some 30 kB of ICU's memory, outside the JavaScript heap and its limit).
const formats = new Map<string, Intl.DateTimeFormat>();
const FORMATS_MAX = 200;
// The words the server wrote into this page (rememberDateWords), and those a server render is noting (writtenDateWords).
const remembered: DateWords = {};
const kept = new WeakSet<DateWords>();
let noting: DateWords | null = null;

function note(words: DateWords, locale: string, format: DayFormat, date: PlainDate, written: string): void {
  const byFormat = words[locale] ?? {};
  words[locale] = byFormat;
  const byDate = byFormat[format] ?? {};
  byFormat[format] = byDate;
  byDate[date] = written;
}

/**
 * `date` (`YYYY-MM-DD`) in words, in `locale` (the runtime's when left out): the server's words for it when it wrote
 * them into this page. The browser's first `Intl.DateTimeFormat` starts ICU's locale data, 20–50 ms of a tasks page's
 * hydration on a desktop CPU and four times that on a phone's, for words the HTML already holds
 * (docs/decisions/004-benchmarks.md).
 */
export function formatDay(date: PlainDate, format: DayFormat, locale?: string): string {
  let written = locale === undefined ? undefined : remembered[locale]?.[format]?.[date];
  if (written === undefined) {
    const key = `${format} ${locale ?? ""}`;
    let formatter = formats.get(key);
    if (!formatter) {
      formatter = new Intl.DateTimeFormat(locale, DAY_FORMATS[format]);
      formats.set(key, formatter);
      if (formats.size > FORMATS_MAX) formats.delete(formats.keys().next().value as string);
    }
    const [year, month, day] = date.split("-").map(Number) as [number, number, number];
    const midnight = new Date(0);
    midnight.setUTCFullYear(year, month - 1, day);
    written = formatter.format(midnight);
  }
  if (noting && locale !== undefined) note(noting, locale, format, date, written);
  return written;
}

/** The words `write` has `formatDay` write, for the server to send with the page it draws with them. */
export function writtenDateWords(write: () => void): DateWords {
  noting = {};
  try {
    write();
    return noting;
  } finally {
    noting = null;
  }
}

/**
 * Keeps the words the server wrote into this page (`writtenDateWords`), for `formatDay` to read them back while the
 * browser draws the page again over the server's HTML. In the browser only: a server, drawing pages for many users,
 * keeps none.
 */
export function rememberDateWords(words: DateWords): void {
  if (typeof window === "undefined" || kept.has(words)) return;
  kept.add(words);
  for (const [locale, byFormat] of Object.entries(words))
    for (const [format, byDate] of Object.entries(byFormat))
      for (const [date, written] of Object.entries(byDate ?? {}))
        note(remembered, locale, format as DayFormat, date, written);
}
