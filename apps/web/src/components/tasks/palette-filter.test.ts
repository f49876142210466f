import { defaultFilter } from "cmdk";
import { describe, expect, it } from "vitest";
import { FOUND_SCORE, paletteFilter, taskValue } from "./palette-filter";

const passport = { id: 7, title: "Renew the passport", tags: [] };
const photos = { id: 123456, title: "Passport photos", tags: ["travel"] };
// Found by its description, which cmdk does not read.
const visa = { id: 9, title: "Visa", tags: [] };
const found = [visa, photos, passport];

describe("paletteFilter", () => {
  it("keeps the tasks found for what is typed, in the server's order, whatever cmdk's own match says", () => {
    const filter = paletteFilter("passport", found);
    const scores = found.map((task) => filter(taskValue(task), "passport"));
    expect(defaultFilter(taskValue(visa), "passport")).toBe(0);
    expect(scores[0]).toBe(FOUND_SCORE);
    // Each after the one before, however their titles match.
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(new Set(scores).size).toBe(3);
    expect(Math.min(...scores)).toBeGreaterThan(0.89);
    // Typed with spaces around, it is the same search (the server's was trimmed).
    expect(filter(taskValue(passport), " passport ")).toBe(scores[2]);
  });

  it("scores the first as cmdk's own match scored a found task before, its keyword matched at a word's start", () => {
    expect(defaultFilter(taskValue(passport), "passport", ["passport"])).toBe(FOUND_SCORE);
    expect(defaultFilter("task 8 Call the bank", "deposit form", ["deposit form"])).toBe(FOUND_SCORE);
  });

  it("leaves the rest to cmdk: while typing goes on, before the first answer, and the commands", () => {
    const filter = paletteFilter("passp", found);
    const value = taskValue(passport);
    expect(filter(value, "passport", ["passp"])).toBe(defaultFilter(value, "passport", ["passp"]));
    expect(filter(taskValue(visa), "passport", ["passp"])).toBe(0);
    expect(paletteFilter("", found)(value, "passport")).toBe(defaultFilter(value, "passport"));
    expect(filter("Switch to dark theme", "dark theme")).toBe(defaultFilter("Switch to dark theme", "dark theme"));
    expect(filter("go Inbox /", "zzz")).toBe(0);
  });
});

describe("taskValue", () => {
  it("names the task by its id, with its title and tags to match", () => {
    expect(taskValue({ id: 12, title: "Pack the bags", tags: ["travel", "trip"] })).toBe(
      "task 12 Pack the bags travel trip",
    );
    expect(taskValue({ id: 12, title: "Pack the bags", tags: [] })).toBe("task 12 Pack the bags");
  });
});
