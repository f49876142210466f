import { describe, expect, it } from "vitest";
import { rebaseSpans } from "./rebase-spans";

// "Call mom tomorrow 5pm" with "tomorrow" (6–14) taken back.
const BEFORE = "Call mom tomorrow 5pm";
const IGNORED = [{ start: 9, end: 17 }];

describe("rebaseSpans", () => {
  it.each([
    ["text typed after it", "Call mom tomorrow 5pm !high", IGNORED],
    ["text typed right after it", "Call mom tomorrowx 5pm", IGNORED],
    ["text typed before it", "Please call mom tomorrow 5pm", [{ start: 16, end: 24 }]],
    ["text deleted before it", "Call tomorrow 5pm", [{ start: 5, end: 13 }]],
    ["an edit inside it", "Call mom tomorow 5pm", []],
    ["the whole text replaced", "Something else", []],
    ["no change", BEFORE, IGNORED],
  ])("carries the span over %s", (_, after, expected) => {
    expect(rebaseSpans(BEFORE, after, IGNORED)).toEqual(expected);
  });
});
