import { describe, expect, it } from "vitest";
import { buildListQuery } from "./list-query";

describe("buildListQuery", () => {
  it("is empty without parameters", () => {
    expect(buildListQuery()).toBe("");
    expect(buildListQuery({})).toBe("");
  });

  it("leaves out parameters that are undefined or null", () => {
    expect(buildListQuery({ status: "pending", q: undefined, tag: null, limit: 5 })).toBe("?status=pending&limit=5");
  });

  it("keeps empty strings and zero, which the server should judge", () => {
    expect(buildListQuery({ q: "", limit: 0 })).toBe("?q=&limit=0");
  });

  it("encodes values", () => {
    expect(buildListQuery({ q: "milk & eggs", tag: "a/b", cursor: "x+y=" })).toBe(
      "?q=milk+%26+eggs&tag=a%2Fb&cursor=x%2By%3D",
    );
  });

  it("round-trips through URLSearchParams", () => {
    const query = { q: "50% off?", sort: "due", order: "asc", dueBefore: "2026-01-31", cursor: "W10=" };
    expect(Object.fromEntries(new URLSearchParams(buildListQuery(query)))).toEqual(query);
  });
});
