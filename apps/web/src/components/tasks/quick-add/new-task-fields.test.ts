import { parseQuickAdd } from "@todo/quick-add";
import { describe, expect, it } from "vitest";
import { newTaskFields, withoutParts } from "./new-task-fields";

// A Wednesday afternoon where the user is.
const context = { today: "2026-12-02", now: "14:30", lists: [{ id: 7, name: "Home" }] };
const none = { priority: "none" as const, dueDate: null, tags: [] };

describe("newTaskFields", () => {
  it("makes the issue's line a recurring task with its next date, time, tag and priority", () => {
    const text = "Gym every mon wed fri 7am #health !high";
    expect(newTaskFields(text, parseQuickAdd(text, context), none)).toEqual({
      title: "Gym",
      priority: "high",
      tags: ["health"],
      dueDate: "2026-12-04",
      dueTime: "07:00",
      recurrence: { rule: "FREQ=WEEKLY;BYDAY=MO,WE,FR", from: "due" },
    });
  });

  it("takes the list ^List names", () => {
    const text = "Fix the tap ^home tomorrow";
    expect(newTaskFields(text, parseQuickAdd(text, context), none)).toMatchObject({
      title: "Fix the tap",
      listId: 7,
      dueDate: "2026-12-03",
    });
  });

  it("uses the buttons' choices where the line says nothing, and joins their tags to the line's", () => {
    const text = "Plan the trip #travel";
    const chosen = { priority: "low" as const, dueDate: "2026-12-24", tags: ["family", "Travel"] };
    expect(newTaskFields(text, parseQuickAdd(text, context), chosen)).toEqual({
      title: "Plan the trip",
      priority: "low",
      tags: ["travel", "family"],
      dueDate: "2026-12-24",
      dueTime: null,
      recurrence: null,
    });
  });

  it("keeps the line as typed while the parser has not loaded", () => {
    expect(newTaskFields("  Call mom tomorrow ", null, none)).toMatchObject({
      title: "Call mom tomorrow",
      dueDate: null,
    });
  });

  it("keeps a removed part's words in the title, unread", () => {
    const text = "Call mom tomorrow #family";
    const parsed = parseQuickAdd(text, context);
    const date = parsed.parts.find((p) => p.kind === "date");
    const kept = parseQuickAdd(text, { ...context, ignore: date ? [date] : [] });
    expect(newTaskFields(text, kept, none)).toMatchObject({
      title: "Call mom tomorrow",
      dueDate: null,
      tags: ["family"],
    });
  });
});

describe("withoutParts", () => {
  it("takes the parts of the kinds named out of the line, leaving single spaces", () => {
    const text = "Call mom tomorrow 5pm !high about the trip";
    const { parts } = parseQuickAdd(text, context);
    expect(withoutParts(text, parts, ["date"])).toBe("Call mom !high about the trip");
    expect(withoutParts(text, parts, ["priority"])).toBe("Call mom tomorrow 5pm about the trip");
    expect(withoutParts(text, parts, ["tag"])).toBe(text);
    expect(withoutParts("!high Call", parseQuickAdd("!high Call", context).parts, ["priority"])).toBe("Call");
  });
});
