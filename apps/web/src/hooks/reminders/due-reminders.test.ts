import { describe, expect, it } from "vitest";
import { makeTask } from "@/hooks/tasks/test-support";
import { dueReminders } from "./due-reminders";

const at = (iso: string) => Date.parse(iso);

describe("dueReminders", () => {
  const task = makeTask(7, {
    dueDate: "2026-12-01",
    dueTime: "17:00",
    reminders: [{ minutesBefore: 0 }, { minutesBefore: 60 }],
  });

  it("finds a reminder whose instant, in the user's zone, falls in the window", () => {
    // 17:00 in Paris (UTC+1 in December) is 16:00 UTC; an hour before is 15:00 UTC.
    const found = dueReminders([task], "Europe/Paris", at("2026-12-01T14:59:00Z"), at("2026-12-01T15:00:00Z"));
    expect(found).toEqual([{ key: `7:60:${at("2026-12-01T15:00:00Z")}`, task, at: at("2026-12-01T15:00:00Z") }]);
    const atDue = dueReminders([task], "Europe/Paris", at("2026-12-01T15:59:00Z"), at("2026-12-01T16:00:00Z"));
    expect(atDue.map((r) => r.key)).toEqual([`7:0:${at("2026-12-01T16:00:00Z")}`]);
  });

  it("counts back from 09:00 for a task without a due time", () => {
    const dateOnly = makeTask(8, { dueDate: "2026-12-02", reminders: [{ minutesBefore: 1440 }] });
    const found = dueReminders([dateOnly], "UTC", at("2026-12-01T08:30:00Z"), at("2026-12-01T09:00:00Z"));
    expect(found.map((r) => r.at)).toEqual([at("2026-12-01T09:00:00Z")]);
  });

  it("leaves out instants outside the window, completed tasks and tasks without reminders", () => {
    expect(dueReminders([task], "Europe/Paris", at("2026-12-01T15:00:00Z"), at("2026-12-01T15:59:00Z"))).toEqual([]);
    const done = { ...task, completed: true };
    expect(dueReminders([done], "Europe/Paris", 0, at("2027-01-01T00:00:00Z"))).toEqual([]);
    expect(dueReminders([makeTask(9, { dueDate: "2026-12-01" })], "UTC", 0, at("2027-01-01T00:00:00Z"))).toEqual([]);
  });
});
