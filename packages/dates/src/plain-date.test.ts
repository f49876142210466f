import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayNumber, formatDate, fromDayNumber, parseDate, toDayNumber, weekdayOf } from "./plain-date";

describe("plain dates", () => {
  it("counts days from 1970-01-01, a Thursday, as JavaScript's Date does in UTC", () => {
    fc.assert(
      fc.property(fc.integer({ min: -700_000, max: 2_900_000 }), (days) => {
        const date = new Date(days * 86_400_000);
        const parts = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
        expect(fromDayNumber(days)).toEqual(parts);
        expect(dayNumber(parts)).toBe(days);
        expect(weekdayOf(days)).toBe((date.getUTCDay() + 6) % 7);
      }),
    );
  });

  it.each(["2026-11-04", "2028-02-29", "2000-02-29", "0001-01-01", "9999-12-31"])("reads and writes %s", (text) => {
    expect(formatDate(fromDayNumber(toDayNumber(text)))).toBe(text);
  });

  it.each([
    "2026-02-29",
    "2100-02-29",
    "2026-13-01",
    "2026-11-31",
    "2026-00-10",
    "2026-1-1",
    "26-11-04",
    " 2026-11-04",
    "",
  ])("refuses the date %j", (text) => {
    expect(parseDate(text)).toBeNull();
    expect(() => toDayNumber(text)).toThrow(RangeError);
  });
});
