import { afterAll, describe, expect, it } from "vitest";
import { parseQuickAdd } from "./index";

// The same wall clock must read the same in a browser or server of any zone: chrono works on `Date`s in the
// machine's zone, so days on which those zones change their clocks (at 02:00, or at midnight in Santiago)
// are where it would show.
const ZONES = [
  "America/Los_Angeles",
  "Europe/Berlin",
  "America/Santiago",
  "Australia/Lord_Howe",
  "Asia/Kolkata",
  "Pacific/Kiritimati",
  "Pacific/Pago_Pago",
];
const DAYS = [
  "2026-03-08",
  "2026-03-28",
  "2026-03-29",
  "2026-04-04",
  "2026-04-05",
  "2026-09-05",
  "2026-09-06",
  "2026-10-25",
  "2026-11-01",
];
const NOWS = ["00:00", "01:30", "12:00", "23:59"];
const LINES = [
  "Call mom tomorrow 5pm",
  "Dentist next fri at 9:30",
  "Submit in 3 days",
  "Gifts Dec 24",
  "Standup at 9:30",
  "Call back in 2 hours",
  "Check in 90 minutes",
  "Gym every mon wed fri 7am",
  "Team lunch every last friday",
  "Party tonight",
  "Report Monday",
  "Flight 2:30am tomorrow",
  "Review next week",
  "Renew next month",
  "Pay bills end of month",
  "Pills every day until Apr 30",
];

const original = process.env.TZ;
afterAll(() => {
  process.env.TZ = original;
});

function readAll(zone: string) {
  process.env.TZ = zone;
  return DAYS.flatMap((today) => NOWS.flatMap((now) => LINES.map((line) => parseQuickAdd(line, { today, now }))));
}

describe("the machine's time zone", () => {
  const inUtc = readAll("UTC");

  it.each(ZONES)("changes nothing in %s", (zone) => {
    const results = readAll(zone);
    // The zone did take hold in this process, or the comparison would prove nothing.
    expect(new Date("2026-07-01T12:00:00Z").getHours()).not.toBe(12);
    expect(results).toEqual(inUtc);
  });
});
