import { describe, expect, it } from "vitest";
import { zoneChoices, zoneOffset } from "./time-zones";

const winter = new Date("2026-01-15T12:00:00Z");
const summer = new Date("2026-07-15T12:00:00Z");

describe("zoneOffset", () => {
  it("writes the offset the zone has at that instant, summer time included", () => {
    expect(zoneOffset("Europe/Berlin", winter)).toBe("GMT+1");
    expect(zoneOffset("Europe/Berlin", summer)).toBe("GMT+2");
    expect(zoneOffset("Asia/Kolkata", winter)).toBe("GMT+5:30");
    expect(zoneOffset("Pacific/Kiritimati", winter)).toBe("GMT+14");
    expect(zoneOffset("Pacific/Pago_Pago", winter)).toBe("GMT-11");
    expect(zoneOffset("UTC", winter)).toBe("GMT");
  });
});

describe("zoneChoices", () => {
  it("lists the runtime's zones by name, with spaces for underscores, and the user's own zone", () => {
    const choices = zoneChoices("UTC", winter);
    expect(choices.length).toBeGreaterThan(300);
    expect(choices.find((c) => c.name === "America/New_York")).toEqual({
      name: "America/New_York",
      label: "America/New York",
      offset: "GMT-5",
    });
    expect(choices.some((c) => c.name === "UTC")).toBe(true);
    const names = choices.map((c) => c.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "en")));
    expect(new Set(names).size).toBe(names.length);
  });
});
