import { afterEach, describe, expect, it, vi } from "vitest";
import { formatDay, rememberDateWords, writtenDateWords } from "./date-words";

afterEach(() => vi.unstubAllGlobals());

/** Counts the formats made from here on. */
function countingFormats(): { made: number } {
  const count = { made: 0 };
  class Counted extends Intl.DateTimeFormat {
    constructor(...args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
      super(...args);
      count.made += 1;
    }
  }
  vi.stubGlobal("Intl", Object.create(Intl, { DateTimeFormat: { value: Counted } }));
  return count;
}

describe("formatDay", () => {
  it("writes the day a date names, in each format", () => {
    expect(formatDay("2026-12-08", "weekday", "en-US")).toBe("Tuesday");
    expect(formatDay("2026-12-08", "short", "en-US")).toBe("Tue, Dec 8");
    expect(formatDay("2027-01-05", "shortWithYear", "en-US")).toBe("Tue, Jan 5, 2027");
    expect(formatDay("2026-12-08", "long", "en-GB")).toBe("Tuesday, 8 December 2026");
  });
});

describe("the formats kept", () => {
  it("are the latest 200: a server writing in every visitor's locale does not keep one for each", () => {
    formatDay("2031-07-01", "short", "en-x-first");
    for (let i = 0; i < 250; i++) formatDay("2031-07-01", "short", `en-x-v${i}`);
    const formats = countingFormats();
    formatDay("2031-07-02", "short", "en-x-v249");
    expect(formats.made).toBe(0);
    formatDay("2031-07-02", "short", "en-x-first");
    expect(formats.made).toBe(1);
  });
});

describe("the server's words, read back by the browser", () => {
  it("notes, by locale, format and date, what formatDay writes while the server draws, and nothing after", () => {
    const words = writtenDateWords(() => {
      formatDay("2026-12-09", "short", "en-US");
      formatDay("2026-12-09", "long", "en-US");
      formatDay("2026-12-10", "weekday", "de-DE");
    });
    expect(words).toEqual({
      "en-US": { short: { "2026-12-09": "Wed, Dec 9" }, long: { "2026-12-09": "Wednesday, December 9, 2026" } },
      "de-DE": { weekday: { "2026-12-10": "Donnerstag" } },
    });
    formatDay("2026-12-11", "short", "en-US");
    expect(JSON.stringify(words)).not.toContain("2026-12-11");
  });

  it("gives the words the server wrote into the page for that locale, format and date, without making a format", () => {
    vi.stubGlobal("window", globalThis);
    // Words no runtime writes, to tell the server's from the browser's own.
    rememberDateWords({ "fr-FR": { short: { "2031-05-06": "mar. 6 mai (server)" } } });
    const formats = countingFormats();
    expect(formatDay("2031-05-06", "short", "fr-FR")).toBe("mar. 6 mai (server)");
    expect(formats.made).toBe(0);
    // Any other date, format or locale is written here, as before.
    expect(formatDay("2031-05-07", "short", "fr-FR")).toBe("mer. 7 mai");
    expect(formatDay("2031-05-06", "long", "fr-FR")).toBe("mardi 6 mai 2031");
    expect(formatDay("2031-05-06", "short", "fr-CA")).not.toContain("server");
    expect(formats.made).toBe(3);
  });

  it("are kept by no server: a server draws pages for many users and would keep every one's", () => {
    rememberDateWords({ "it-IT": { short: { "2031-06-02": "(server)" } } });
    expect(formatDay("2031-06-02", "short", "it-IT")).toBe("lun 2 giu");
  });
});
