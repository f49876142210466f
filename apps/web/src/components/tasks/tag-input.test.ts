import { describe, expect, it } from "vitest";
import { parseTags } from "./tag-input";

describe("parseTags", () => {
  it("splits on commas and whitespace, and drops a leading #", () => {
    expect(parseTags("#travel, work  home,,#")).toEqual(["travel", "work", "home"]);
  });

  it("keeps the first spelling of a tag given in several cases, and those already there", () => {
    expect(parseTags("OK ok Ärger ärger")).toEqual(["OK", "Ärger"]);
    expect(parseTags("Work urgent", ["work"])).toEqual(["work", "urgent"]);
  });
});
