import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, describeDue, dueLabel, isOverdue, longDate, nextWeek, type UserClock, userClock } from "./due-date";
import { scopeQuery } from "./task-scope";

// A Monday afternoon where the user is.
const CLOCK: UserClock = { today: "2026-11-30", time: "15:00" };
const on = (dueDate: string, dueTime: string | null = null) => ({ dueDate, dueTime });

describe("describeDue", () => {
  it.each([
    ["2026-11-30", "Today", "today"],
    ["2026-12-01", "Tomorrow", "soon"],
    ["2026-11-29", "Yesterday", "overdue"],
    ["2026-12-03", "Thursday", "soon"],
    ["2026-12-06", "Sunday", "soon"],
  ])("%s reads %s (%s)", (date, label, tone) => {
    expect(describeDue(on(date), false, CLOCK, "en-US")).toEqual({ label, tone });
  });

  it("names the day and month a week or more away, the year only when it is not this year", () => {
    expect(describeDue(on("2026-12-07"), false, CLOCK, "en-US")).toEqual({ label: "Mon, Dec 7", tone: "later" });
    expect(describeDue(on("2027-01-05"), false, CLOCK, "en-US")).toEqual({ label: "Tue, Jan 5, 2027", tone: "later" });
    expect(describeDue(on("2025-11-12"), false, CLOCK, "en-US").label).toBe("Wed, Nov 12, 2025");
  });

  it("adds the due time, and a time today that has come is overdue", () => {
    expect(describeDue(on("2026-11-30", "17:00"), false, CLOCK, "en-US")).toEqual({
      label: "Today 17:00",
      tone: "today",
    });
    expect(describeDue(on("2026-11-30", "09:30"), false, CLOCK, "en-US")).toEqual({
      label: "Today 09:30",
      tone: "overdue",
    });
    expect(describeDue(on("2026-11-30", "15:00"), false, CLOCK, "en-US").tone).toBe("overdue");
    expect(describeDue(on("2026-12-01", "07:00"), false, CLOCK, "en-US").label).toBe("Tomorrow 07:00");
    expect(describeDue(on("2026-12-03", "09:30"), false, CLOCK, "en-US").label).toBe("Thursday 09:30");
  });

  it("is not overdue once completed", () => {
    expect(describeDue(on("2026-11-20"), true, CLOCK).tone).toBe("later");
    expect(isOverdue(on("2026-11-20"), true, CLOCK)).toBe(false);
    expect(isOverdue(on("2026-11-20"), false, CLOCK)).toBe(true);
    expect(isOverdue(on("2026-11-30"), false, CLOCK)).toBe(false);
    expect(isOverdue(on("2026-11-30", "14:59"), true, CLOCK)).toBe(false);
  });
});

describe("the same instant in two time zones", () => {
  // 2026-11-30 11:30 UTC: Monday 01:30 on Kiritimati (UTC+14), Sunday 00:30 in Pago Pago (UTC−11).
  const instant = new Date("2026-11-30T11:30:00Z");
  const kiritimati = userClock("Pacific/Kiritimati", instant);
  const pagoPago = userClock("Pacific/Pago_Pago", instant);

  it("gives each zone its own wall clock", () => {
    expect(kiritimati).toEqual({ today: "2026-12-01", time: "01:30" });
    expect(pagoPago).toEqual({ today: "2026-11-30", time: "00:30" });
  });

  it("reads one due date as Today in one zone and Tomorrow in the other, overdue in one only", () => {
    expect(describeDue(on("2026-12-01"), false, kiritimati).label).toBe("Today");
    expect(describeDue(on("2026-12-01"), false, pagoPago).label).toBe("Tomorrow");
    expect(isOverdue(on("2026-11-30"), false, kiritimati)).toBe(true);
    expect(isOverdue(on("2026-11-30"), false, pagoPago)).toBe(false);
    expect(isOverdue(on("2026-11-30", "00:15"), false, pagoPago)).toBe(true);
  });

  it("asks for a different window for Today and Upcoming", () => {
    expect(scopeQuery({ kind: "today" }, null, kiritimati.today)).toEqual({
      listId: null,
      dueAfter: null,
      dueBefore: "2026-12-02",
    });
    expect(scopeQuery({ kind: "today" }, null, pagoPago.today).dueBefore).toBe("2026-12-01");
    expect(scopeQuery({ kind: "upcoming" }, null, kiritimati.today)).toEqual({
      listId: null,
      dueAfter: "2026-11-30",
      dueBefore: "2026-12-08",
    });
    expect(scopeQuery({ kind: "upcoming" }, null, pagoPago.today)).toEqual({
      listId: null,
      dueAfter: "2026-11-29",
      dueBefore: "2026-12-07",
    });
  });
});

describe("addDays and nextWeek", () => {
  it("counts calendar days across months, years and daylight-saving changes", () => {
    expect(addDays("2026-11-30", 1)).toBe("2026-12-01");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-28", 2)).toBe("2026-03-30");
    expect(addDays("2026-10-24", 7)).toBe("2026-10-31");
  });

  it("takes next week to be next Monday, a week on from a Monday", () => {
    expect(nextWeek("2026-11-30")).toBe("2026-12-07");
    expect(nextWeek("2026-12-02")).toBe("2026-12-07");
    expect(nextWeek("2026-12-06")).toBe("2026-12-07");
  });
});

describe("dueLabel", () => {
  // The tasks page reads the date alone (useTodayIn) and names Upcoming's days and a repeat's next date with this:
  // were a label to depend on the time, those would go stale within the day.
  const date = fc.integer({ min: -400, max: 400 }).map((days) => addDays("2026-11-30", days));
  const time = fc
    .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
    .map(([h, m]) => `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`);

  it("is describeDue's label at every time of the day, whether or not the task has a time", () => {
    fc.assert(
      fc.property(date, fc.option(time), time, fc.boolean(), (dueDate, dueTime, now, completed) => {
        const due = { dueDate, dueTime };
        const label = dueLabel(due, "2026-11-30", "en-US");
        expect(describeDue(due, completed, { today: "2026-11-30", time: now }, "en-US").label).toBe(label);
      }),
    );
  });
});

describe("a date's words on a device whose zone changes while the page is open", () => {
  it("names the date's own day in every zone, before and after the change", () => {
    const zone = process.env.TZ;
    try {
      const read: string[] = [];
      for (const device of ["Asia/Tokyo", "Pacific/Pago_Pago", "Pacific/Kiritimati", "Europe/Berlin"]) {
        process.env.TZ = device;
        read.push(
          longDate("2026-12-09", "en-US"),
          dueLabel({ dueDate: "2026-12-14", dueTime: null }, "2026-12-06", "en-US"),
        );
      }
      expect(new Set(read)).toEqual(new Set(["Wednesday, December 9, 2026", "Mon, Dec 14"]));
    } finally {
      process.env.TZ = zone;
    }
  });
});
