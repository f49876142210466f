import { describe, expect, it } from "vitest";
import { wholeNumberParam } from "./query-number";

const limit = wholeNumberParam("limit", 100);
const messages = (value: unknown) => limit.safeParse(value).error?.issues.map((issue) => issue.message) ?? [];

describe("wholeNumberParam", () => {
  it("reads decimal digits as the number they spell, leading zeros included", () => {
    for (const [text, number] of [
      ["1", 1],
      ["100", 100],
      ["050", 50],
    ] as const)
      expect(limit.parse(text), text).toBe(number);
  });

  it("refuses what JavaScript's Number would read but is no whole number in digits", () => {
    for (const text of ["0x10", "1e1", "+5", "-0", " 5", "5 ", "1.0", "1.5", "", "ten", "Infinity", "NaN", "٥"])
      expect(messages(text), JSON.stringify(text)).toEqual(["limit must be a whole number"]);
  });

  it("names the bounds", () => {
    expect(messages("0")).toEqual(["limit must be at least 1"]);
    expect(messages("101")).toEqual(["limit must be at most 100"]);
    // Past what a double holds exactly (20 digits) or at all (400): too large, not "no whole number".
    expect(messages("99999999999999999999")).toEqual(["limit must be at most 100"]);
    expect(messages("9".repeat(400))).toEqual(["limit must be at most 100"]);
  });
});
