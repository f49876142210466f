import { describe, expect, it } from "vitest";
import { makeTask } from "@/hooks/tasks/test-support";
import { detailsChange, detailsDraftOf, newTaskOf, withUnsaved } from "./details-draft";

const task = makeTask(1, {
  dueDate: "2026-12-02",
  dueTime: "09:00",
  recurrence: { rule: "FREQ=WEEKLY;BYDAY=WE", from: "due" },
  tags: ["a", "b"],
  reminders: [{ minutesBefore: 10 }],
});

describe("detailsChange", () => {
  it("sends nothing for a draft left as it was", () => {
    expect(detailsChange(detailsDraftOf(task), task)).toEqual({});
  });

  it("sends only the fields changed, a repeat compared by its rule and counting", () => {
    const draft = {
      ...detailsDraftOf(task),
      dueTime: "17:30",
      recurrence: { rule: "FREQ=DAILY", from: "due" as const },
    };
    expect(detailsChange(draft, task)).toEqual({ dueTime: "17:30", recurrence: { rule: "FREQ=DAILY", from: "due" } });
    const counted = {
      ...detailsDraftOf(task),
      recurrence: { rule: "FREQ=WEEKLY;BYDAY=WE", from: "completion" as const },
    };
    expect(detailsChange(counted, task)).toEqual({ recurrence: { rule: "FREQ=WEEKLY;BYDAY=WE", from: "completion" } });
    expect(detailsChange({ ...detailsDraftOf(task), tags: ["b", "a"] }, task)).toEqual({ tags: ["b", "a"] });
  });

  it("clears the date alone: its time, repeat and reminders go with it on the server", () => {
    const draft = { ...detailsDraftOf(task), dueDate: null, dueTime: null, recurrence: null, reminders: [] };
    expect(detailsChange(draft, task)).toEqual({ dueDate: null });
  });

  it("sends the reminders whole when one is added or removed", () => {
    const added = [{ minutesBefore: 0 }, { minutesBefore: 10 }];
    expect(detailsChange({ ...detailsDraftOf(task), reminders: added }, task)).toEqual({ reminders: added });
    expect(detailsChange({ ...detailsDraftOf(task), reminders: [] }, task)).toEqual({ reminders: [] });
  });

  it("sends a new date with a new repeat that starts on it", () => {
    const draft = {
      ...detailsDraftOf(task),
      dueDate: "2026-12-04",
      recurrence: { rule: "FREQ=WEEKLY;BYDAY=FR", from: "due" as const },
    };
    expect(detailsChange(draft, task)).toEqual({
      dueDate: "2026-12-04",
      recurrence: { rule: "FREQ=WEEKLY;BYDAY=FR", from: "due" },
    });
  });
});

describe("withUnsaved", () => {
  it("puts a change that was not saved back over the task's fields, so that saving again sends it whole", () => {
    const change = { description: "Typed while offline", priority: "high" as const };
    const draft = withUnsaved(detailsDraftOf(task), change);
    expect(draft).toEqual({ ...detailsDraftOf(task), ...change });
    expect(detailsChange(draft, task)).toEqual(change);
  });

  it("clears the time, repeat and reminders with a cleared due date, as the server does", () => {
    const draft = withUnsaved(detailsDraftOf(task), { dueDate: null });
    expect(draft).toEqual({ ...detailsDraftOf(task), dueDate: null, dueTime: null, recurrence: null, reminders: [] });
    expect(detailsChange(draft, task)).toEqual({ dueDate: null });
  });

  it("leaves the draft as it is without a change", () => {
    expect(withUnsaved(detailsDraftOf(task), null)).toEqual(detailsDraftOf(task));
  });
});

describe("newTaskOf", () => {
  it("makes the draft a new task in the list given, every field kept", () => {
    const draft = { ...detailsDraftOf(task), title: "Kept", description: "Typed before the task went" };
    expect(newTaskOf(draft, 7)).toEqual({
      title: "Kept",
      description: "Typed before the task went",
      priority: task.priority,
      tags: ["a", "b"],
      dueDate: "2026-12-02",
      dueTime: "09:00",
      recurrence: { rule: "FREQ=WEEKLY;BYDAY=WE", from: "due" },
      reminders: [{ minutesBefore: 10 }],
      listId: 7,
    });
  });

  it("leaves the list out for the Inbox, and sends no time, repeat or reminders without a date", () => {
    const draft = { ...detailsDraftOf(task), dueDate: null };
    expect(newTaskOf(draft, null)).toEqual({
      title: task.title,
      description: task.description,
      priority: task.priority,
      tags: ["a", "b"],
    });
  });
});
