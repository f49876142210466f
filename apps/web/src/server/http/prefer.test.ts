import { describe, expect, it } from "vitest";
import { preferences } from "./prefer";

const of = (prefer?: string) =>
  Object.fromEntries(preferences(new Request("http://x/", prefer === undefined ? {} : { headers: { prefer } })));

describe("preferences", () => {
  it("reads each preference by lowercase name, with its value", () => {
    expect(of("count=none")).toEqual({ count: "none" });
    expect(of("Count=none, respond-async, wait=10")).toEqual({ count: "none", "respond-async": "", wait: "10" });
  });

  it("unquotes values and leaves parameters out", () => {
    expect(of('count="none"; strict')).toEqual({ count: "none" });
  });

  it("keeps the first of a preference named twice", () => {
    expect(of("count=none, count=exact")).toEqual({ count: "none" });
  });

  it("has none without the header or with an empty one", () => {
    expect(of()).toEqual({});
    expect(of(" , ;x")).toEqual({});
  });
});
