/** A time zone as the picker lists it: its IANA name, words to find it by, and its offset from UTC now. */
export interface ZoneChoice {
  name: string;
  /** "America/New York": the name with spaces, as people search. */
  label: string;
  /** "GMT-5", "GMT+5:30", "GMT". */
  offset: string;
}

/** The zone's offset from UTC at `now`, as `Intl` writes it ("GMT+1", "GMT-3:30", "GMT"). */
export function zoneOffset(zone: string, now = new Date()): string {
  const part = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "shortOffset" })
    .formatToParts(now)
    .find((p) => p.type === "timeZoneName");
  // Runtimes differ on UTC itself ("GMT" or "GMT+0"): one spelling.
  return part?.value === "GMT+0" ? "GMT" : (part?.value ?? "");
}

/**
 * Every zone this browser knows (`Intl.supportedValuesOf`), and the user's own even if it does not list
 * it (UTC is not always listed), by name.
 */
export function zoneChoices(current: string, now = new Date()): ZoneChoice[] {
  const names = new Set(Intl.supportedValuesOf("timeZone"));
  names.add(current);
  return [...names]
    .sort((a, b) => a.localeCompare(b, "en"))
    .map((name) => ({ name, label: name.replaceAll("_", " "), offset: zoneOffset(name, now) }));
}
