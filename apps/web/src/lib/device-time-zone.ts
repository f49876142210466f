/** This device's time zone as the browser names it (`Europe/Berlin`), or UTC when it names none. */
export function deviceTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}
