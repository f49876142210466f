import { describe, expect, it } from "vitest";
import { linkedTaskId } from "./task-link";

describe("linkedTaskId", () => {
  it("reads a task's id as the API takes it", () => {
    expect(linkedTaskId("12")).toBe(12);
    expect(linkedTaskId("2147483647")).toBe(2_147_483_647);
  });

  it("reads nothing else as one", () => {
    for (const param of [null, "", "0", "012", "-3", "1.5", "1e3", " 7", "abc", "2147483648", "99999999999999999999"])
      expect(linkedTaskId(param)).toBeNull();
  });
});
