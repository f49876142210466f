import { describe, expect, it } from "vitest";
import { parseIfMatch, taskEtag } from "./etag";

describe("taskEtag and parseIfMatch", () => {
  it("reads back the version an ETag was made from", () => {
    const updatedAt = "2026-11-26T14:00:00.123Z";
    expect(parseIfMatch(taskEtag({ updatedAt }))).toEqual([new Date(updatedAt)]);
  });

  it("reads every strong ETag of a list, whatever the spacing", () => {
    expect(parseIfMatch('"1000",   "2000","3000"')).toEqual([new Date(1000), new Date(2000), new Date(3000)]);
  });

  it("skips weak tags and tags this API never sends, commas inside a tag included", () => {
    expect(parseIfMatch('W/"1000", "a,b", "-5", "", "1234567890123456", "2000"')).toEqual([new Date(2000)]);
  });

  it.each(["abc", 'W/"1000"', '""', "1000", "*"])("names no version in %s", (value) => {
    expect(parseIfMatch(value)).toEqual([]);
  });
});
