import { describeRule, formatRule } from "@todo/dates";
import { describe, expect, it } from "vitest";
import { dateFacts, draftOf, presetOf, repeatPresets, ruleOf, startOf } from "./repeat-draft";

const words = (base: string) => repeatPresets(base).map((p) => [p.label, formatRule(p.rule), describeRule(p.rule)]);

describe("repeatPresets", () => {
  it("draws each preset from the date: Wednesday 2 December 2026", () => {
    expect(words("2026-12-02")).toEqual([
      ["Daily", "FREQ=DAILY", "Every day"],
      ["Weekdays (Mon–Fri)", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", "Every weekday"],
      ["Weekly on Wednesday", "FREQ=WEEKLY;BYDAY=WE", "Every week on Wed"],
      ["Monthly on the 2nd", "FREQ=MONTHLY;BYMONTHDAY=2", "Every month on the 2nd"],
      ["Monthly on the first Wednesday", "FREQ=MONTHLY;BYDAY=1WE", "Every month on the first Wednesday"],
      ["Yearly on 2 Dec", "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=2", "Every year on 2 Dec"],
    ]);
  });

  it("takes a date in its month's last seven days as the last of its weekday", () => {
    expect(dateFacts("2026-12-25")).toEqual({ weekday: "FR", day: 25, month: 12, ordinal: -1 });
    expect(repeatPresets("2026-12-25")[4]?.label).toBe("Monthly on the last Friday");
    expect(dateFacts("2026-02-22")).toEqual({ weekday: "SU", day: 22, month: 2, ordinal: -1 });
    expect(dateFacts("2026-12-24").ordinal).toBe(4);
    expect(repeatPresets("2026-12-23")[3]?.label).toBe("Monthly on the 23rd");
  });

  it("knows a recurrence that is a preset, and one that is not", () => {
    expect(presetOf({ rule: "FREQ=WEEKLY;BYDAY=WE", from: "due" }, "2026-12-02")?.id).toBe("weekly");
    expect(presetOf({ rule: "FREQ=WEEKLY;BYDAY=WE;COUNT=3", from: "due" }, "2026-12-02")).toBeNull();
    expect(presetOf({ rule: "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE", from: "due" }, "2026-12-02")).toBeNull();
    expect(presetOf(null, "2026-12-02")).toBeNull();
  });
});

describe("draftOf and ruleOf: the custom repeat's form", () => {
  it("starts a new repeat weekly on the date's weekday, never ending, from the due date", () => {
    const draft = draftOf(null, "2026-12-02");
    expect(draft).toMatchObject({ freq: "WEEKLY", interval: 1, weekdays: ["WE"], end: "never", from: "due" });
    expect(formatRule(ruleOf(draft) ?? { freq: "DAILY", interval: 1 })).toBe("FREQ=WEEKLY;BYDAY=WE");
  });

  it.each([
    "FREQ=DAILY;INTERVAL=3",
    "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH",
    "FREQ=MONTHLY;BYMONTHDAY=15",
    "FREQ=MONTHLY;BYMONTHDAY=-1",
    "FREQ=MONTHLY;INTERVAL=2;BYDAY=-1FR",
    "FREQ=MONTHLY;BYDAY=2TU;COUNT=5",
    "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=4;UNTIL=20301231",
  ])("gives %s back as it was", (rule) => {
    const made = ruleOf(draftOf({ rule, from: "completion" }, "2026-12-02"));
    expect(made && formatRule(made)).toBe(rule);
    expect(draftOf({ rule, from: "completion" }, "2026-12-02").from).toBe("completion");
  });

  it("puts the weekdays in the week's order, and makes no rule of a week without days", () => {
    const draft = { ...draftOf(null, "2026-12-02"), weekdays: ["FR", "MO"] as const };
    expect(formatRule(ruleOf({ ...draft, weekdays: [...draft.weekdays] }) ?? { freq: "DAILY", interval: 1 })).toBe(
      "FREQ=WEEKLY;BYDAY=MO,FR",
    );
    expect(ruleOf({ ...draft, weekdays: [] })).toBeNull();
  });

  it("spells the custom rule in words as it is edited", () => {
    const draft = { ...draftOf(null, "2026-12-02"), interval: 2, weekdays: ["MO" as const, "TH" as const] };
    expect(describeRule(ruleOf(draft) as never)).toBe("Every 2 weeks on Mon and Thu");
    const monthly = { ...draft, freq: "MONTHLY" as const, interval: 1, monthly: "weekday" as const, ordinal: -1 };
    expect(describeRule(ruleOf({ ...monthly, weekday: "FR" }) as never)).toBe("Every month on the last Friday");
    expect(describeRule(ruleOf({ ...draft, end: "count", count: 5 }) as never)).toBe(
      "Every 2 weeks on Mon and Thu, 5 times",
    );
  });
});

describe("startOf: the due date a new repeat gives the task", () => {
  const rule = (text: string) => {
    const made = ruleOf(draftOf({ rule: text, from: "due" }, "2026-12-02"));
    if (!made) throw new Error(text);
    return made;
  };
  it("is the first occurrence from today for a task without a date", () => {
    expect(startOf(rule("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"), null, "2026-12-05")).toBe("2026-12-07");
    expect(startOf(rule("FREQ=DAILY"), null, "2026-12-05")).toBe("2026-12-05");
  });
  it("keeps a due date the rule falls on, and moves one it does not to its first occurrence after", () => {
    expect(startOf(rule("FREQ=WEEKLY;BYDAY=WE"), "2026-12-02", "2026-11-30")).toBe("2026-12-02");
    expect(startOf(rule("FREQ=WEEKLY;BYDAY=FR"), "2026-12-02", "2026-11-30")).toBe("2026-12-04");
  });
  it("is null when the rule ends before it could start", () => {
    expect(startOf(rule("FREQ=WEEKLY;BYDAY=FR;UNTIL=20261203"), "2026-12-02", "2026-11-30")).toBeNull();
  });
});
