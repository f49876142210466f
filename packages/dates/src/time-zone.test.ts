import { describe, expect, it } from "vitest";
import { canonicalTimeZone, instantOf, todayIn, wallClockNow } from "./time-zone";

describe("instantOf: a wall-clock date and time in a zone", () => {
  it.each([
    // A daily 09:00 task across both clock changes stays 09:00 local: the instant moves by the offset.
    { zone: "Europe/Berlin", date: "2026-03-28", time: "09:00", instant: "2026-03-28T08:00:00.000Z" },
    { zone: "Europe/Berlin", date: "2026-03-29", time: "09:00", instant: "2026-03-29T07:00:00.000Z" },
    { zone: "Europe/Berlin", date: "2026-10-24", time: "09:00", instant: "2026-10-24T07:00:00.000Z" },
    { zone: "Europe/Berlin", date: "2026-10-25", time: "09:00", instant: "2026-10-25T08:00:00.000Z" },
    { zone: "America/New_York", date: "2026-03-07", time: "09:00", instant: "2026-03-07T14:00:00.000Z" },
    { zone: "America/New_York", date: "2026-03-08", time: "09:00", instant: "2026-03-08T13:00:00.000Z" },
    { zone: "America/New_York", date: "2026-10-31", time: "09:00", instant: "2026-10-31T13:00:00.000Z" },
    { zone: "America/New_York", date: "2026-11-01", time: "09:00", instant: "2026-11-01T14:00:00.000Z" },
    // The skipped hour moves forward by the gap, as Temporal's "compatible" does.
    { zone: "Europe/Berlin", date: "2026-03-29", time: "02:30", instant: "2026-03-29T01:30:00.000Z" },
    { zone: "America/New_York", date: "2026-03-08", time: "02:30", instant: "2026-03-08T07:30:00.000Z" },
    // The repeated hour is its earlier instant.
    { zone: "Europe/Berlin", date: "2026-10-25", time: "02:30", instant: "2026-10-25T00:30:00.000Z" },
    { zone: "America/New_York", date: "2026-11-01", time: "01:30", instant: "2026-11-01T05:30:00.000Z" },
    { zone: "UTC", date: "2026-12-24", time: "00:00", instant: "2026-12-24T00:00:00.000Z" },
    { zone: "Asia/Kolkata", date: "2026-12-24", time: "23:59", instant: "2026-12-24T18:29:00.000Z" },
    // A whole day skipped (Samoa went from UTC-10 to UTC+14 after 29 December 2011): forward by the day, to 31 December 09:00.
    { zone: "Pacific/Apia", date: "2011-12-30", time: "09:00", instant: "2011-12-30T19:00:00.000Z" },
  ])("$date $time in $zone is $instant", ({ zone, date, time, instant }) => {
    expect(instantOf(date, time, zone).toISOString()).toBe(instant);
  });
});

describe("today and now in a zone", () => {
  const now = new Date("2026-12-01T07:30:00Z");

  it.each([
    { zone: "UTC", date: "2026-12-01", time: "07:30" },
    { zone: "Pacific/Kiritimati", date: "2026-12-01", time: "21:30" },
    { zone: "Pacific/Pago_Pago", date: "2026-11-30", time: "20:30" },
    { zone: "America/New_York", date: "2026-12-01", time: "02:30" },
    { zone: "America/Los_Angeles", date: "2026-11-30", time: "23:30" },
  ])("at $zone it is $date $time", ({ zone, date, time }) => {
    expect(wallClockNow(zone, now)).toEqual({ date, time });
    expect(todayIn(zone, now)).toBe(date);
  });
});

describe("canonicalTimeZone", () => {
  it.each([
    ["Europe/Berlin", "Europe/Berlin"],
    ["europe/berlin", "Europe/Berlin"],
    ["UTC", "UTC"],
    ["Etc/UTC", "UTC"],
    ["America/New_York", "America/New_York"],
    ["Etc/GMT+5", "Etc/GMT+5"],
  ])("%s is %s", (name, canonical) => {
    expect(canonicalTimeZone(name)).toBe(canonical);
  });

  it.each(["", "Mars/Olympus_Mons", "+01:00", "-05:00", "Europe/Berlin ", "../etc/passwd", "x".repeat(65)])(
    "refuses %j",
    (name) => {
      expect(canonicalTimeZone(name)).toBeNull();
    },
  );
});
