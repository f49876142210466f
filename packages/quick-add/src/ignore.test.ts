import { describe, expect, it } from "vitest";
import { parseQuickAdd, rebaseSpans } from "./index";

const CLOCK = { today: "2026-11-04", now: "14:30" };

describe("a part the user takes back (`ignore`)", () => {
  it("stays in the title, and the rest is still read", () => {
    const text = "Gym every mon wed fri 7am #health !high";
    const first = parseQuickAdd(text, CLOCK);
    const repeat = first.parts.find((part) => part.kind === "repeat");
    const result = parseQuickAdd(text, { ...CLOCK, ignore: [repeat as { start: number; end: number }] });
    expect(result).toMatchObject({
      title: "Gym every mon wed fri",
      tags: ["health"],
      priority: "high",
      dueDate: "2026-11-05",
      dueTime: "07:00",
      recurrence: null,
    });
  });

  it("is not read again as the user goes on typing, carried over by rebaseSpans", () => {
    const before = "Read Tomorrow";
    const ignore = parseQuickAdd(before, CLOCK).parts.map(({ start, end }) => ({ start, end }));
    expect(ignore).toEqual([{ start: 5, end: 13 }]);
    const after = "Read Tomorrow by Dec 24";
    const result = parseQuickAdd(after, { ...CLOCK, ignore: rebaseSpans(before, after, ignore) });
    expect(result).toMatchObject({ title: "Read Tomorrow", dueDate: "2026-12-24" });
  });

  it("lets the next date show when the one read is taken back", () => {
    const text = "Send Monday's report tomorrow on Friday";
    expect(parseQuickAdd(text, CLOCK)).toMatchObject({ title: "Send Monday's report tomorrow", dueDate: "2026-11-06" });
    const ignore = [{ start: 30, end: 39 }];
    expect(parseQuickAdd(text, { ...CLOCK, ignore })).toMatchObject({
      title: "Send Monday's report on Friday",
      dueDate: "2026-11-05",
    });
  });
});

describe("the clock", () => {
  it.each([{ today: "2026-11-4" }, { today: "2026-02-30" }, { today: "2026-11-04", now: "7:00" }])(
    "must be well formed: %j is refused",
    (clock) => {
      expect(() => parseQuickAdd("Buy milk", clock)).toThrow(TypeError);
    },
  );

  it("takes the day as just begun without `now`", () => {
    expect(parseQuickAdd("Standup at 9:30", { today: "2026-11-04" })).toMatchObject({
      dueDate: "2026-11-04",
      dueTime: "09:30",
    });
  });
});
