import { describe, expect, it } from "vitest";
import { findLink, nextCursor } from "./link-header";

describe("findLink", () => {
  it("finds the target of a quoted rel", () => {
    expect(findLink('</api/u/tasks?cursor=abc>; rel="next"', "next")).toBe("/api/u/tasks?cursor=abc");
  });

  it("finds it among several links, with a bare rel, any case and extra parameters", () => {
    const header = '</a?page=1>; rel="prev", </b?page=3>; title="more"; REL=Next, </c>; rel="last"';
    expect(findLink(header, "next")).toBe("/b?page=3");
    expect(findLink(header, "prev")).toBe("/a?page=1");
  });

  it("matches one of several space-separated relations", () => {
    expect(findLink('<https://x.example/p>; rel="alternate next"', "next")).toBe("https://x.example/p");
  });

  it("reads past a quoted parameter that holds a comma", () => {
    expect(findLink('</p>; title="a, b; c"; rel="next"', "next")).toBe("/p");
  });

  it("keeps commas and semicolons inside the target", () => {
    expect(findLink('</p?a=1,2;b>; rel="next"', "next")).toBe("/p?a=1,2;b");
  });

  it.each([
    ["no header", null],
    ["an empty header", ""],
    ["only other relations", '</p>; rel="prev"'],
    ["a relation that merely starts with next", '</p>; rel="nextish"'],
    ["garbage", "not a link header"],
  ])("answers null for %s", (_name, header) => {
    expect(findLink(header, "next")).toBeNull();
  });
});

describe("nextCursor", () => {
  it("takes the cursor from a relative next link, decoded", () => {
    expect(nextCursor('</api/u/tasks?status=pending&cursor=WyJj%3D%3D>; rel="next"')).toBe("WyJj==");
  });

  it("takes the cursor from an absolute next link", () => {
    expect(nextCursor('<https://todo.example/api/u/tasks?cursor=xyz&limit=2>; rel="next"')).toBe("xyz");
  });

  it("is null on the last page or when the link has no cursor", () => {
    expect(nextCursor(null)).toBeNull();
    expect(nextCursor('</api/u/tasks?limit=2>; rel="next"')).toBeNull();
  });
});
