import { describe, expect, it } from "vitest";
import { parseHttpDate, retryAfterSeconds } from "./retry-after";

const now = Date.parse("2026-12-01T10:00:00Z");

describe("retryAfterSeconds", () => {
  it("reads delay-seconds", () => {
    expect([retryAfterSeconds("5", now), retryAfterSeconds(" 120 ", now), retryAfterSeconds("0", now)]).toEqual([
      5, 120, 0,
    ]);
  });

  it("reads an HTTP-date as the seconds until it, rounded up, and one already past as 0", () => {
    expect(retryAfterSeconds("Tue, 01 Dec 2026 10:01:30 GMT", now)).toBe(90);
    expect(retryAfterSeconds("Tue, 01 Dec 2026 10:00:00 GMT", now - 1)).toBe(1);
    expect(retryAfterSeconds("Tue, 01 Dec 2026 09:00:00 GMT", now)).toBe(0);
  });

  it("reads the obsolete RFC 850 and asctime dates, the latter as GMT", () => {
    expect(retryAfterSeconds("Tuesday, 01-Dec-26 10:00:05 GMT", now)).toBe(5);
    expect(retryAfterSeconds("Tue Dec  1 10:00:07 2026", now)).toBe(7);
  });

  it.each([
    null,
    undefined,
    "",
    "soon",
    "-5",
    "1.5",
    "5s",
    "5 GMT",
    "2026-12-01T10:00:05Z",
    "Tue, 01 Dec 2026 10:00:05",
  ])("ignores %j", (value) => {
    expect(retryAfterSeconds(value, now)).toBeNull();
  });
});

describe("parseHttpDate", () => {
  it("reads the three forms to the same instant", () => {
    const at = Date.parse("1994-11-06T08:49:37Z");
    expect(
      ["Sun, 06 Nov 1994 08:49:37 GMT", "Sunday, 06-Nov-94 08:49:37 GMT", "Sun Nov  6 08:49:37 1994"].map(
        parseHttpDate,
      ),
    ).toEqual([at, at, at]);
  });

  it("gives null for an impossible date in the right shape", () => {
    expect(parseHttpDate("Sun, 36 Nov 1994 08:49:37 GMT")).toBeNull();
  });
});
