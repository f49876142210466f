import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { civilDate, dayNumber, formatDate, parseDate, parseTime, weekday } from "./calendar";

describe("calendar", () => {
  it("counts days from 1970-01-01, a Thursday, as JavaScript's Date does in UTC", () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), (days) => {
        const date = new Date(days * 86_400_000);
        const civil = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
        expect(civilDate(days)).toEqual(civil);
        expect(dayNumber(civil)).toBe(days);
        expect(weekday(days)).toBe(date.getUTCDay());
      }),
    );
  });

  it.each(["2026-11-04", "2028-02-29", "2000-02-29", "0001-01-01", "9999-12-31"])("reads and writes %s", (text) => {
    expect(formatDate(civilDate(parseDate(text)))).toBe(text);
  });

  it.each(["2026-02-29", "2100-02-29", "2026-13-01", "2026-11-31", "2026-1-1", "26-11-04", " 2026-11-04", ""])(
    "refuses the date %j",
    (text) => {
      expect(() => parseDate(text)).toThrow(TypeError);
    },
  );

  it("reads HH:MM, and refuses anything else", () => {
    expect(parseTime("00:00")).toBe(0);
    expect(parseTime("23:59")).toBe(1439);
    for (const text of ["24:00", "9:30", "12:60", "12:00:00", ""]) expect(() => parseTime(text)).toThrow(TypeError);
  });
});
