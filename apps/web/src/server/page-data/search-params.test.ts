import { describe, expect, it } from "vitest";
import { readUrlFilters } from "@/lib/list-filters";
import { searchParamsOf } from "./search-params";

describe("searchParamsOf", () => {
  it("reads as the browser reads its URL: a repeated name gives its first value", () => {
    const search = searchParamsOf({ view: ["active", "completed"], q: "milk & eggs", tag: undefined, sort: "title" });
    expect(search.toString()).toBe("view=active&view=completed&q=milk+%26+eggs&sort=title");
    expect(readUrlFilters(search)).toEqual(
      readUrlFilters(new URLSearchParams("?view=active&view=completed&q=milk+%26+eggs&sort=title")),
    );
    expect(readUrlFilters(search)).toMatchObject({ view: "active", q: "milk & eggs", sort: "title", tag: null });
  });
});
