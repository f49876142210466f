import { describe, expect, it } from "vitest";
import { HALF_HOURS, parseTimeInput } from "./time-input";

describe("parseTimeInput", () => {
  it.each([
    ["17:00", "17:00"],
    ["9:30", "09:30"],
    ["09:30", "09:30"],
    ["9.30", "09:30"],
    ["930", "09:30"],
    ["0930", "09:30"],
    ["1745", "17:45"],
    ["9", "09:00"],
    ["0", "00:00"],
    ["23:59", "23:59"],
    ["9am", "09:00"],
    ["9 AM", "09:00"],
    ["5:30 pm", "17:30"],
    ["5:30p.m.", "17:30"],
    ["12am", "00:00"],
    ["12pm", "12:00"],
    [" 7 ", "07:00"],
  ])("reads %j as %s", (text, time) => {
    expect(parseTimeInput(text)).toBe(time);
  });

  it.each(["", "24:00", "9:60", "13pm", "0am", "noonish", "9:3", "12345", "-1", "9:30:00"])("refuses %j", (text) => {
    expect(parseTimeInput(text)).toBeNull();
  });

  it("offers the 48 half hours of a day, in order", () => {
    expect(HALF_HOURS).toHaveLength(48);
    expect(HALF_HOURS.slice(0, 3)).toEqual(["00:00", "00:30", "01:00"]);
    expect(HALF_HOURS.at(-1)).toBe("23:30");
  });
});
