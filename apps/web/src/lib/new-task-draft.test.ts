import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { clearDraft, EMPTY_DRAFT, type NewTaskDraft, readDraft, saveDraft } from "./new-task-draft";

const KEY = "todo:new-task-draft";

/** The tab's sessionStorage, as a Map (Node has none). */
let stored: Map<string, string>;

beforeEach(() => {
  stored = new Map();
  vi.stubGlobal("sessionStorage", {
    getItem: (key: string) => stored.get(key) ?? null,
    setItem: (key: string, value: string) => void stored.set(key, String(value)),
    removeItem: (key: string) => void stored.delete(key),
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const FULL: NewTaskDraft = {
  text: "Call mum tomorrow #family",
  priority: "high",
  dueDate: "2026-12-24",
  tags: ["errands", "Home"],
  ignore: [{ start: 9, end: 17 }],
};

describe("the new task's draft", () => {
  it("is read back as it was saved: the line, the options chosen and the chips taken back", () => {
    saveDraft(FULL);
    expect(readDraft()).toEqual(FULL);
  });

  it("keeps options chosen with no line typed", () => {
    const chosen = { ...EMPTY_DRAFT, priority: "low" as const };
    saveDraft(chosen);
    expect(readDraft()).toEqual(chosen);
  });

  it("keeps of a taken-back chip its stretch only", () => {
    const chip = { start: 9, end: 17, kind: "date", text: "tomorrow", label: "Tomorrow" };
    saveDraft({ ...FULL, ignore: [chip] });
    expect(JSON.parse(stored.get(KEY) ?? "").ignore).toEqual([{ start: 9, end: 17 }]);
    expect(readDraft().ignore).toEqual([{ start: 9, end: 17 }]);
  });

  it("leaves nothing behind when empty, nor when cleared", () => {
    saveDraft(FULL);
    saveDraft(EMPTY_DRAFT);
    expect(stored.has(KEY)).toBe(false);
    saveDraft(FULL);
    clearDraft();
    expect(stored.has(KEY)).toBe(false);
    expect(readDraft()).toEqual(EMPTY_DRAFT);
  });

  it.each(["Buy milk", "42", "true", "null", '"quoted"', "[1, 2]", "  {indented}"])(
    "reads an older page's draft, the line alone (%s), as its line",
    (line) => {
      stored.set(KEY, line);
      expect(readDraft()).toEqual({ ...EMPTY_DRAFT, text: line });
    },
  );

  it.each(['{"text": "Buy', "{", "{}}", "{not json}", '{"text": "a"} trailing'])(
    "reads malformed JSON (%s) as no draft",
    (value) => {
      stored.set(KEY, value);
      expect(readDraft()).toEqual(EMPTY_DRAFT);
    },
  );

  it("reads each field that is missing or not what it should be as empty, and keeps the others", () => {
    const read = (draft: Record<string, unknown>) => {
      stored.set(KEY, JSON.stringify({ ...FULL, ...draft }));
      return readDraft();
    };
    expect(read({ text: 7 })).toEqual({ ...FULL, text: "", ignore: [] });
    expect(read({ text: undefined })).toEqual({ ...FULL, text: "", ignore: [] });
    for (const priority of ["urgent", "HIGH", 3, null, ["high"]])
      expect(read({ priority })).toEqual({ ...FULL, priority: "none" });
    for (const dueDate of ["tomorrow", "2026-02-30", "2026-1-5", "2026-12-24T10:00", 20261224, {}])
      expect(read({ dueDate })).toEqual({ ...FULL, dueDate: null });
    for (const tags of ["errands", [1], ["ok", null], { 0: "a" }])
      expect(read({ tags })).toEqual({ ...FULL, tags: [] });
    const badSpans = [
      { start: 9 },
      { start: "9", end: "17" },
      { start: 9, end: 9 },
      { start: 17, end: 9 },
      { start: -1, end: 3 },
      { start: 9, end: 99 },
      { start: 1.5, end: 3 },
      null,
    ];
    for (const span of badSpans) expect(read({ ignore: [span] })).toEqual({ ...FULL, ignore: [] });
    expect(read({ ignore: "9-17" })).toEqual({ ...FULL, ignore: [] });
  });
});
