import { describe, expect, it } from "vitest";
import { firstOccurrenceOnOrAfter } from "./first-occurrence";
import { parseRule } from "./rule/parse-rule";

function rule(text: string) {
  const parsed = parseRule(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.rule;
}

// 2026-12-02 is a Wednesday.
describe("firstOccurrenceOnOrAfter: where a new series starts", () => {
  it.each([
    ["FREQ=DAILY", "2026-12-02"],
    ["FREQ=DAILY;INTERVAL=3", "2026-12-02"],
    ["FREQ=WEEKLY", "2026-12-02"],
    ["FREQ=WEEKLY;BYDAY=WE", "2026-12-02"],
    ["FREQ=WEEKLY;BYDAY=MO,FR", "2026-12-04"],
    ["FREQ=WEEKLY;INTERVAL=2;BYDAY=MO", "2026-12-07"],
    ["FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=1", "2027-01-01"],
    ["FREQ=WEEKLY;BYDAY=SA,SU", "2026-12-05"],
    ["FREQ=MONTHLY;BYMONTHDAY=1", "2027-01-01"],
    ["FREQ=MONTHLY;BYMONTHDAY=-1", "2026-12-31"],
    ["FREQ=MONTHLY;BYDAY=1MO", "2026-12-07"],
    ["FREQ=MONTHLY;BYDAY=-1FR", "2026-12-25"],
    ["FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29", "2028-02-29"],
    ["FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=2", "2026-12-02"],
  ])("%s from Wed 2 Dec 2026 starts on %s", (text, first) => {
    expect(firstOccurrenceOnOrAfter(rule(text), "2026-12-02")).toBe(first);
  });

  it("is null when the rule's UNTIL comes before its first date", () => {
    expect(firstOccurrenceOnOrAfter(rule("FREQ=WEEKLY;BYDAY=FR;UNTIL=20261203"), "2026-12-02")).toBeNull();
    expect(firstOccurrenceOnOrAfter(rule("FREQ=WEEKLY;BYDAY=FR;UNTIL=20261204"), "2026-12-02")).toBe("2026-12-04");
  });
});
