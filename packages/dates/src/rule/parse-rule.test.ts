import { describe, expect, it } from "vitest";
import { formatRule } from "./format-rule";
import { parseRule } from "./parse-rule";

describe("parseRule and formatRule", () => {
  it.each([
    ["FREQ=DAILY", "FREQ=DAILY"],
    ["freq=weekly;byday=th,mo;interval=2", "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH"],
    ["FREQ=WEEKLY;INTERVAL=1;BYDAY=MO,MO", "FREQ=WEEKLY;BYDAY=MO"],
    ["FREQ=MONTHLY;BYDAY=-1FR", "FREQ=MONTHLY;BYDAY=-1FR"],
    ["FREQ=MONTHLY;BYDAY=+1MO", "FREQ=MONTHLY;BYDAY=1MO"],
    ["FREQ=MONTHLY;BYMONTHDAY=-1,15,1", "FREQ=MONTHLY;BYMONTHDAY=1,15,-1"],
    ["FREQ=YEARLY;BYMONTH=11,2;BYMONTHDAY=29", "FREQ=YEARLY;BYMONTH=2,11;BYMONTHDAY=29"],
    ["FREQ=YEARLY;BYDAY=20MO", "FREQ=YEARLY;BYDAY=20MO"],
    ["FREQ=DAILY;COUNT=5", "FREQ=DAILY;COUNT=5"],
    ["FREQ=DAILY;UNTIL=20261224", "FREQ=DAILY;UNTIL=20261224"],
  ])("reads %s as %s", (text, canonical) => {
    const parsed = parseRule(text);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(formatRule(parsed.rule)).toBe(canonical);
  });

  it.each([
    ["", [["", "A rule is needed, such as FREQ=WEEKLY;BYDAY=MO"]]],
    ["RRULE:FREQ=DAILY", [["", expect.stringMatching(/^Send only the rule's parts/)]]],
    ["FREQ=DAILY;", [["", 'Each part of a rule is NAME=VALUE, separated by ";" (got "")']]],
    ["INTERVAL=2", [["FREQ", "FREQ is required: DAILY, WEEKLY, MONTHLY or YEARLY"]]],
    ["FREQ=HOURLY", [["FREQ", expect.stringMatching(/^FREQ must be DAILY, WEEKLY, MONTHLY or YEARLY/)]]],
    ["FREQ=DAILY;FREQ=WEEKLY", [["FREQ", "FREQ is given twice"]]],
    ["FREQ=DAILY;INTERVAL=0", [["INTERVAL", "INTERVAL must be a whole number from 1 to 1000"]]],
    ["FREQ=DAILY;INTERVAL=1001", [["INTERVAL", "INTERVAL must be a whole number from 1 to 1000"]]],
    ["FREQ=DAILY;INTERVAL=1.5", [["INTERVAL", "INTERVAL must be a whole number from 1 to 1000"]]],
    ["FREQ=DAILY;COUNT=0", [["COUNT", "COUNT must be a whole number from 1 to 1000"]]],
    ["FREQ=DAILY;UNTIL=20260230", [["UNTIL", expect.stringMatching(/^UNTIL must be a date that exists/)]]],
    ["FREQ=DAILY;UNTIL=20261224T000000Z", [["UNTIL", expect.stringMatching(/^UNTIL must be a date that exists/)]]],
    ["FREQ=DAILY;COUNT=2;UNTIL=20261224", [["UNTIL", "A rule ends with COUNT or with UNTIL, not both"]]],
    ["FREQ=WEEKLY;BYDAY=XX", [["BYDAY", expect.stringMatching(/^BYDAY takes weekdays/)]]],
    [
      "FREQ=WEEKLY;BYDAY=1MO",
      [["BYDAY", 'BYDAY takes ordinals (1MO, -1FR) only with FREQ=MONTHLY or YEARLY; got "1MO"']],
    ],
    ["FREQ=MONTHLY;BYDAY=0MO", [["BYDAY", 'An ordinal is not 0 ("0MO")']]],
    ["FREQ=MONTHLY;BYDAY=6MO", [["BYDAY", "An ordinal is at most 5 here (weeks of a month); got 6MO"]]],
    ["FREQ=YEARLY;BYMONTH=3;BYDAY=6MO", [["BYDAY", "An ordinal is at most 5 here (weeks of a month); got 6MO"]]],
    ["FREQ=YEARLY;BYDAY=54MO", [["BYDAY", "An ordinal is at most 53 here (weeks of a year); got 54MO"]]],
    ["FREQ=MONTHLY;BYMONTHDAY=32", [["BYMONTHDAY", expect.stringMatching(/^BYMONTHDAY takes days from 1 to 31/)]]],
    ["FREQ=MONTHLY;BYMONTHDAY=0", [["BYMONTHDAY", expect.stringMatching(/^BYMONTHDAY takes days from 1 to 31/)]]],
    ["FREQ=WEEKLY;BYMONTHDAY=1", [["BYMONTHDAY", expect.stringMatching(/^BYMONTHDAY cannot go with FREQ=WEEKLY/)]]],
    ["FREQ=YEARLY;BYMONTH=13", [["BYMONTH", 'BYMONTH takes months from 1 to 12, comma-separated; got "13"']]],
    [
      "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30",
      [["BYMONTHDAY", "No month in BYMONTH has such a day, so the rule never happens"]],
    ],
    ["FREQ=MONTHLY;BYSETPOS=-1", [["BYSETPOS", expect.stringMatching(/^BYSETPOS is not supported/)]]],
    ["FREQ=WEEKLY;WKST=SU", [["WKST", expect.stringMatching(/^WKST is not supported/)]]],
    ["FREQ=DAILY;COLOR=RED", [["COLOR", expect.stringMatching(/^COLOR is not a rule part/)]]],
    [`FREQ=DAILY;${"X".repeat(500)}`, [["", "A rule is at most 500 characters"]]],
  ])("refuses %j, saying which part is wrong", (text, problems) => {
    expect(parseRule(text)).toEqual({ ok: false, problems: problems.map(([part, message]) => ({ part, message })) });
  });
});
