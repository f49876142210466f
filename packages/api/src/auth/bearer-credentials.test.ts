import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bearerCredentials } from "./bearer-credentials";

describe("bearerCredentials", () => {
  it("reads the scheme in any case, after one or more spaces", () => {
    for (const scheme of ["Bearer", "bearer", "BEARER", "bEaReR"]) {
      expect(bearerCredentials(`${scheme} abc.def-_~+/=`)).toBe("abc.def-_~+/=");
      expect(bearerCredentials(`${scheme}   abc`)).toBe("abc");
    }
  });

  it("finds none in another scheme, a bare token, a tab, two words, or no header", () => {
    for (const header of [
      "Basic abc",
      "abc",
      "Bearer",
      "Bearer ",
      "Bearer\tabc",
      "Bearer a b",
      "Bearerabc",
      "",
      null,
    ]) {
      expect(bearerCredentials(header)).toBeNull();
    }
  });

  it("gives back any one word exactly as sent, whatever the case of the scheme (fuzzed)", () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }).filter((word) => /^\S+$/.test(word)),
        fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
        fc.integer({ min: 1, max: 4 }),
        (word, upper, spaces) => {
          const scheme = [..."bearer"].map((char, i) => (upper[i] ? char.toUpperCase() : char)).join("");
          expect(bearerCredentials(`${scheme}${" ".repeat(spaces)}${word}`)).toBe(word);
        },
      ),
    );
  });
});
