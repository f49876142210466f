import { describe, expect, it } from "vitest";
import { describeRecurrence, describeRule } from "./describe-rule";
import { parseRule } from "./rule/parse-rule";
import type { RecurrenceFrom } from "./rule/rule";

describe("describeRule", () => {
  it.each([
    ["FREQ=DAILY", "due", "Every day"],
    ["FREQ=DAILY;INTERVAL=3", "completion", "Every 3 days after completion"],
    ["FREQ=WEEKLY", "due", "Every week"],
    ["FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH", "due", "Every 2 weeks on Mon and Thu"],
    ["FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", "due", "Every weekday"],
    ["FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR", "due", "Every weekday"],
    ["FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU", "due", "Every day"],
    ["FREQ=WEEKLY;BYDAY=MO,WE,FR", "due", "Every week on Mon, Wed and Fri"],
    ["FREQ=MONTHLY", "due", "Every month"],
    ["FREQ=MONTHLY;BYMONTHDAY=15", "due", "Every month on the 15th"],
    ["FREQ=MONTHLY;BYMONTHDAY=1,15", "due", "Every month on the 1st and 15th"],
    ["FREQ=MONTHLY;BYMONTHDAY=-1", "due", "Every month on the last day"],
    ["FREQ=MONTHLY;BYMONTHDAY=-2", "due", "Every month on the second to last day"],
    ["FREQ=MONTHLY;BYDAY=-1FR", "due", "Every month on the last Friday"],
    ["FREQ=MONTHLY;BYDAY=1MO,3MO", "due", "Every month on the first Monday and third Monday"],
    ["FREQ=MONTHLY;BYDAY=MO", "due", "Every month on every Mon"],
    ["FREQ=MONTHLY;BYMONTHDAY=13;BYDAY=FR", "due", "Every month on the 13th if a Fri"],
    ["FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=21", "due", "Every 3 months on the 21st"],
    ["FREQ=YEARLY", "due", "Every year"],
    ["FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29", "due", "Every year on 29 Feb"],
    ["FREQ=YEARLY;BYMONTH=1,7", "due", "Every year in Jan and Jul"],
    ["FREQ=YEARLY;BYMONTH=11;BYDAY=4TH", "due", "Every year on the fourth Thursday of Nov"],
    ["FREQ=YEARLY;BYDAY=20MO", "due", "Every year on the 20th Monday of the year"],
    ["FREQ=DAILY;BYMONTH=12", "due", "Every day in Dec"],
    ["FREQ=WEEKLY;BYDAY=MO;COUNT=5", "due", "Every week on Mon, 5 times"],
    ["FREQ=DAILY;COUNT=1", "due", "Every day, once"],
    ["FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20261224", "due", "Every month on the last Friday, until 24 Dec 2026"],
    ["FREQ=DAILY;INTERVAL=2;COUNT=3", "completion", "Every 2 days after completion, 3 times"],
  ])("%s (from %s) reads %j", (text, from, words) => {
    const parsed = parseRule(text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(describeRule(parsed.rule, from as RecurrenceFrom)).toBe(words);
  });
});

describe("describeRecurrence", () => {
  it("reads a task's recurrence as the API answers it, and shows a rule it cannot read as it is", () => {
    expect(describeRecurrence({ rule: "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH", from: "due" })).toBe(
      "Every 2 weeks on Mon and Thu",
    );
    expect(describeRecurrence({ rule: "FREQ=DAILY;BYHOUR=9", from: "completion" })).toBe("FREQ=DAILY;BYHOUR=9");
  });
});
