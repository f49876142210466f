import { describe, expect, it } from "vitest";
import { requestLocale } from "./request-locale";

describe("requestLocale", () => {
  it("takes the most preferred language, by q and then by order", () => {
    expect(requestLocale("en-GB,en;q=0.9")).toBe("en-GB");
    expect(requestLocale("fr;q=0.5, de-CH;q=0.8, en")).toBe("en");
    expect(requestLocale("fr;q=0.5, de-CH;q=0.8")).toBe("de-CH");
  });

  it("reads the weight's name in any case, as RFC 9110 § 12.4.2 says it is", () => {
    expect(requestLocale("fr;Q=0.5, de-CH")).toBe("de-CH");
    expect(requestLocale("fr ; Q=0, en-GB;q=0.1")).toBe("en-GB");
  });

  it("skips what is not a language it can write dates in, and q=0", () => {
    expect(requestLocale("*, not a tag, xx, en-GB")).toBe("en-GB");
    expect(requestLocale("de;q=0, en-GB;q=0.1")).toBe("en-GB");
  });

  it("names a locale as ICU writes in it: no private use, no extension it does not know, each kept one", () => {
    expect(requestLocale("en-x-abc-1")).toBe("en");
    expect(requestLocale("en-US-u-foo-bar")).toBe("en-US");
    expect(requestLocale("en-US-u-ca-islamic")).toBe("en-US-u-ca-islamic");
    // However many tags a client makes up, the locales they come to are few.
    const named = new Set(Array.from({ length: 500 }, (_, i) => requestLocale(`de-x-${i.toString(36)}`)));
    expect([...named]).toEqual(["de"]);
  });

  it("falls back to en-US when nothing usable is named", () => {
    expect(requestLocale(null)).toBe("en-US");
    expect(requestLocale("")).toBe("en-US");
    expect(requestLocale("*;q=1, ###")).toBe("en-US");
  });
});
