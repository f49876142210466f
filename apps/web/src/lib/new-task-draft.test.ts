import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { clearDraft, EMPTY_DRAFT, type NewTaskDraft, readDraft, saveDraft } from "./new-task-draft";

const KEY = "todo:new-task-draft";
const USER = "0b9d5b0e-3c1f-4a59-9d3e-5f2b8c1a7e42";

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
    saveDraft(USER, FULL);
    expect(readDraft(USER)).toEqual(FULL);
  });

  it("keeps options chosen with no line typed", () => {
    const chosen = { ...EMPTY_DRAFT, priority: "low" as const };
    saveDraft(USER, chosen);
    expect(readDraft(USER)).toEqual(chosen);
  });

  it("keeps of a taken-back chip its stretch only", () => {
    const chip = { start: 9, end: 17, kind: "date", text: "tomorrow", label: "Tomorrow" };
    saveDraft(USER, { ...FULL, ignore: [chip] });
    expect(JSON.parse(stored.get(KEY) ?? "").ignore).toEqual([{ start: 9, end: 17 }]);
    expect(readDraft(USER).ignore).toEqual([{ start: 9, end: 17 }]);
  });

  it("leaves nothing behind when empty, nor when cleared", () => {
    saveDraft(USER, FULL);
    saveDraft(USER, EMPTY_DRAFT);
    expect(stored.has(KEY)).toBe(false);
    saveDraft(USER, FULL);
    clearDraft();
    expect(stored.has(KEY)).toBe(false);
    expect(readDraft(USER)).toEqual(EMPTY_DRAFT);
  });

  it("is no one else's: another user's draft, or one naming no user (an older page's), is read as none and forgotten", () => {
    saveDraft(USER, FULL);
    expect(readDraft("7c1e0a52-8d4b-4f0e-9a6c-2b3d4e5f6a7b")).toEqual(EMPTY_DRAFT);
    expect(stored.has(KEY)).toBe(false);
    for (const older of ["Buy milk", JSON.stringify({ ...FULL }), JSON.stringify({ ...FULL, user: 7 })]) {
      stored.set(KEY, older);
      expect(readDraft(USER)).toEqual(EMPTY_DRAFT);
      expect(stored.has(KEY)).toBe(false);
    }
  });

  it.each(['{"text": "Buy', "{", "{}}", "{not json}", '{"text": "a"} trailing', "42", "null", "[1, 2]"])(
    "reads malformed JSON (%s) as no draft",
    (value) => {
      stored.set(KEY, value);
      expect(readDraft(USER)).toEqual(EMPTY_DRAFT);
    },
  );

  it("reads each field that is missing or not what it should be as empty, and keeps the others", () => {
    const read = (draft: Record<string, unknown>) => {
      stored.set(KEY, JSON.stringify({ user: USER, ...FULL, ...draft }));
      return readDraft(USER);
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
