import { describe, expect, it } from "vitest";
import { reminderWords } from "./reminder-words";

describe("reminderWords", () => {
  it.each([
    [0, "At due time"],
    [1, "1 minute before"],
    [10, "10 minutes before"],
    [60, "1 hour before"],
    [90, "90 minutes before"],
    [180, "3 hours before"],
    [1440, "1 day before"],
    [40_320, "28 days before"],
  ])("says %i minutes as %s", (minutes, words) => {
    expect(reminderWords(minutes)).toBe(words);
  });
});
