import { describe, expect, it } from "vitest";
import { NameSchema } from "./account";

const messages = (value: unknown) => NameSchema.safeParse(value).error?.issues.map((issue) => issue.message);

describe("NameSchema", () => {
  it("takes a name trimmed, counting code points: 100 emoji fit", () => {
    expect(NameSchema.parse("  Ada Lovelace\n")).toBe("Ada Lovelace");
    expect(NameSchema.parse("😀".repeat(100))).toBe("😀".repeat(100));
  });

  it.each([
    ["an empty name", "", "Enter your name"],
    ["only spaces", " \t\u3000", "Enter your name"],
    ["101 emoji", "😀".repeat(101), "Your name must be at most 100 characters"],
    ["NUL", "Ada\u0000", "Your name must be valid Unicode text, without U+0000 (NUL) or unpaired surrogates"],
    [
      "a lone surrogate",
      "Ada\udc00",
      "Your name must be valid Unicode text, without U+0000 (NUL) or unpaired surrogates",
    ],
  ])("refuses %s", (_, value, message) => {
    expect(messages(value)).toEqual([message]);
  });
});
