import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { offsetSpan, wallClockIn, wallClockNow } from "./time-zone";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const ZONES = [
  "UTC",
  "Europe/Berlin",
  "America/New_York",
  "America/Santiago",
  "Australia/Lord_Howe", // a half-hour change
  "Asia/Kolkata",
  "Asia/Kathmandu",
  "Pacific/Chatham",
  "Pacific/Apia",
  "Africa/Casablanca", // its offset moves for Ramadan
  "America/St_Johns",
];

describe("offsetSpan: a zone's offset and until when it holds", () => {
  it.each([
    // The last minute of the old offset is in the span; the change's own minute is not.
    { zone: "Europe/Berlin", from: "2026-03-28T12:00:00Z", offset: 1, until: "2026-03-29T01:00:00Z" },
    { zone: "Europe/Berlin", from: "2026-10-24T12:00:00Z", offset: 2, until: "2026-10-25T01:00:00Z" },
    { zone: "America/New_York", from: "2026-11-01T05:59:00Z", offset: -4, until: "2026-11-01T06:00:00Z" },
    { zone: "Australia/Lord_Howe", from: "2026-04-04T00:00:00Z", offset: 11, until: "2026-04-04T15:00:00Z" },
    // Samoa skipped 30 December 2011.
    { zone: "Pacific/Apia", from: "2011-12-29T00:00:00Z", offset: -10, until: "2011-12-30T10:00:00Z" },
  ])("in $zone from $from: UTC$offset until $until", ({ zone, from, offset, until }) => {
    const span = offsetSpan(zone, Date.parse(from));
    expect(span.offsetMs).toBe(offset * HOUR);
    expect(new Date(span.until).toISOString()).toBe(new Date(until).toISOString());
  });

  it("ends at its horizon where the offset does not change", () => {
    const from = Date.parse("2026-12-06T03:00:00Z");
    expect(offsetSpan("Europe/Berlin", from)).toEqual({
      zone: "Europe/Berlin",
      offsetMs: HOUR,
      from,
      until: from + 48 * HOUR,
    });
  });

  it("reads every minute of the span as the time zone database does, and nothing outside it", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        // Minutes from 1990 to 2040, and a minute within the next two days.
        fc.integer({ min: 10_519_200, max: 36_819_360 }),
        fc.integer({ min: 0, max: 2 * 24 * 60 }),
        fc.integer({ min: 0, max: 59 }),
        (zone, startMinute, later, second) => {
          const from = startMinute * MINUTE;
          const span = offsetSpan(zone, from);
          const at = from + later * MINUTE + second * 1000;
          const clock = wallClockIn(span, at);
          if (at < span.until) expect(clock).toEqual(wallClockNow(zone, new Date(at)));
          else expect(clock).toBeNull();
          // The span ends where the offset changes (or at its horizon), never later.
          if (span.until < from + 2 * 24 * HOUR)
            expect(wallClockIn(offsetSpan(zone, span.until), span.until)).toEqual(
              wallClockNow(zone, new Date(span.until)),
            );
          expect(wallClockIn(span, from - 1)).toBeNull();
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("ends exactly at each change it finds", () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.integer({ min: 10_519_200, max: 36_819_360 }), (zone, startMinute) => {
        const span = offsetSpan(zone, startMinute * MINUTE);
        if (span.until === span.from + 2 * 24 * HOUR) return;
        // The minute before the end still has the span's offset; the end has another.
        expect(wallClockIn(span, span.until - MINUTE)).toEqual(wallClockNow(zone, new Date(span.until - MINUTE)));
        expect(offsetSpan(zone, span.until).offsetMs).not.toBe(span.offsetMs);
      }),
      { numRuns: 3000 },
    );
  });
});
