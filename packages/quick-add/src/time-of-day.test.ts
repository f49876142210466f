import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatTime, parseTime } from "./time-of-day";
import { weekday } from "./weekday";

describe("time of day", () => {
  it("reads HH:MM, and refuses anything else", () => {
    expect(parseTime("00:00")).toBe(0);
    expect(parseTime("23:59")).toBe(1439);
    for (const text of ["24:00", "9:30", "12:60", "12:00:00", ""]) expect(() => parseTime(text)).toThrow(TypeError);
  });

  it("writes every minute of the day back as it reads it", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1439 }), (minutes) => {
        expect(parseTime(formatTime(minutes))).toBe(minutes);
      }),
    );
  });
});

describe("weekday", () => {
  it("counts from Sunday, as chrono and Date#getDay do", () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), (days) => {
        expect(weekday(days)).toBe(new Date(days * 86_400_000).getUTCDay());
      }),
    );
  });
});
