import { RECURRENCE_FROM } from "@todo/dates";
import { describe, expect, it } from "vitest";
import { RecurrenceFromSchema } from "./recurrence";
import { UpdateSettingsSchema } from "./settings";
import { CreateTaskSchema, UpdateTaskSchema } from "./task-input";

const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((i) => ({ path: i.path.join("."), message: i.message }));

const dated = { title: "t", dueDate: "2026-12-01" };

describe("dueTime and recurrence in task bodies", () => {
  it("takes a time and a recurrence with a due date", () => {
    const input = { ...dated, dueTime: "09:00", recurrence: { rule: "FREQ=WEEKLY;BYDAY=MO", from: "due" } };
    expect(CreateTaskSchema.parse(input)).toEqual(input);
  });

  it.each([
    ["a time past 23:59", { ...dated, dueTime: "24:00" }, "dueTime", "A time is HH:MM, 00:00 to 23:59"],
    ["a time with seconds", { ...dated, dueTime: "09:00:00" }, "dueTime", "A time is HH:MM, 00:00 to 23:59"],
    ["a time without a due date", { title: "t", dueTime: "09:00" }, "dueTime", "A due time needs a dueDate"],
    [
      "a recurrence without a due date",
      { title: "t", recurrence: { rule: "FREQ=DAILY", from: "due" } },
      "recurrence",
      "A recurrence needs a dueDate",
    ],
    [
      "a recurrence that is not an object",
      { ...dated, recurrence: "FREQ=DAILY" },
      "recurrence",
      expect.stringMatching(/expected object/),
    ],
    [
      "a recurrence without a rule",
      { ...dated, recurrence: { from: "due" } },
      "recurrence.rule",
      expect.stringMatching(/expected string/),
    ],
    [
      "an unknown from",
      { ...dated, recurrence: { rule: "FREQ=DAILY", from: "start" } },
      "recurrence.from",
      expect.stringMatching(/Invalid option/),
    ],
    [
      "an unknown recurrence field",
      { ...dated, recurrence: { rule: "FREQ=DAILY", from: "due", tz: "UTC" } },
      "recurrence",
      'Unrecognized key: "tz"',
    ],
    [
      "a rule part outside the subset",
      { ...dated, recurrence: { rule: "FREQ=MONTHLY;BYSETPOS=-1", from: "due" } },
      "recurrence.rule",
      expect.stringMatching(/^BYSETPOS is not supported/),
    ],
    [
      "a rule past 500 characters",
      { ...dated, recurrence: { rule: `FREQ=DAILY;${"x".repeat(490)}`, from: "due" } },
      "recurrence.rule",
      "A rule is at most 500 characters",
    ],
  ])("refuses %s, at its path", (_name, input, path, message) => {
    expect(issues(CreateTaskSchema.safeParse(input))).toEqual([{ path, message }]);
  });

  it("in a PATCH: null due date with a time is refused, a time alone is left for the task's own due date", () => {
    expect(issues(UpdateTaskSchema.safeParse({ dueDate: null, dueTime: "09:00" }))).toEqual([
      { path: "dueTime", message: "A due time needs a dueDate" },
    ]);
    expect(UpdateTaskSchema.parse({ dueTime: "09:00" })).toEqual({ dueTime: "09:00" });
    expect(UpdateTaskSchema.parse({ dueDate: null, dueTime: null, recurrence: null })).toEqual({
      dueDate: null,
      dueTime: null,
      recurrence: null,
    });
  });
});

describe("UpdateSettingsSchema", () => {
  it("takes an IANA name", () => {
    expect(UpdateSettingsSchema.parse({ timeZone: "America/New_York" })).toEqual({ timeZone: "America/New_York" });
  });

  it.each([
    [
      { timeZone: "Mars/Olympus_Mons" },
      "timeZone",
      "Not a time zone name this server knows: use an IANA name such as Europe/Berlin",
    ],
    [
      { timeZone: "+01:00" },
      "timeZone",
      "Not a time zone name this server knows: use an IANA name such as Europe/Berlin",
    ],
    [{ timeZone: 1 }, "timeZone", expect.stringMatching(/expected string/)],
    [{ theme: "dark" }, "", 'Unrecognized key: "theme"'],
    [{}, "", "Send at least one field to change"],
  ])("refuses %j", (input, path, message) => {
    expect(issues(UpdateSettingsSchema.safeParse(input))).toEqual([{ path, message }]);
  });
});

describe("RecurrenceFromSchema", () => {
  it("takes what @todo/dates counts a series from", () => {
    expect(RecurrenceFromSchema.options).toEqual([...RECURRENCE_FROM]);
  });
});
