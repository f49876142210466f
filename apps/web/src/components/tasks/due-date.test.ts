import { describe, expect, it } from "vitest";
import { addDays, describeDue, isOverdue } from "./due-date";

// A Monday afternoon, local time.
const NOW = new Date(2026, 10, 30, 15, 0);

describe("describeDue", () => {
  it.each([
    ["2026-11-30", "Today", "today"],
    ["2026-12-01", "Tomorrow", "soon"],
    ["2026-11-29", "Yesterday", "overdue"],
    ["2026-12-03", "Thursday", "soon"],
    ["2026-12-06", "Sunday", "soon"],
  ])("%s reads %s (%s)", (date, label, tone) => {
    expect(describeDue(date, false, NOW)).toEqual({ label, tone });
  });

  it("names the day and month a week or more away, the year only when it is not this year", () => {
    expect(describeDue("2026-12-07", false, NOW)).toEqual({ label: "Mon, Dec 7", tone: "later" });
    expect(describeDue("2027-01-05", false, NOW)).toEqual({ label: "Tue, Jan 5, 2027", tone: "later" });
    expect(describeDue("2025-11-12", false, NOW).label).toBe("Wed, Nov 12, 2025");
  });

  it("is not overdue once completed", () => {
    expect(describeDue("2026-11-20", true, NOW).tone).toBe("later");
    expect(isOverdue("2026-11-20", true, NOW)).toBe(false);
    expect(isOverdue("2026-11-20", false, NOW)).toBe(true);
    expect(isOverdue("2026-11-30", false, NOW)).toBe(false);
  });
});

describe("addDays", () => {
  it("counts calendar days across months, years and daylight-saving changes", () => {
    expect(addDays("2026-11-30", 1)).toBe("2026-12-01");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-28", 2)).toBe("2026-03-30");
    expect(addDays("2026-10-24", 7)).toBe("2026-10-31");
  });
});
