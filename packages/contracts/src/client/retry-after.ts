// The three forms of an HTTP-date (RFC 9110 § 5.6.7): IMF-fixdate and the obsolete RFC 850 form, both in GMT, and
// asctime, which names no zone and is read as GMT (as it is meant) rather than in the device's zone.
const GMT_DATE = /^[A-Z][a-z]{2,8}, \d\d[ -][A-Z][a-z]{2}[ -]\d\d(\d\d)? \d\d:\d\d:\d\d GMT$/;
const ASCTIME_DATE = /^[A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d \d{4}$/;

/** An HTTP-date (RFC 9110 § 5.6.7) in milliseconds since the epoch; null for anything else. */
export function parseHttpDate(value: string | null | undefined): number | null {
  const trimmed = value?.trim() ?? "";
  const at = GMT_DATE.test(trimmed)
    ? Date.parse(trimmed)
    : ASCTIME_DATE.test(trimmed)
      ? Date.parse(`${trimmed} GMT`)
      : Number.NaN;
  return Number.isNaN(at) ? null : at;
}

/**
 * `Retry-After` (RFC 9110 § 10.2.3) in whole seconds from `now`: its delay-seconds, or its HTTP-date rounded up (0
 * once past); null when absent or unreadable ("soon", "-5", "1.5"). `now` is best the answer's own `Date`, when it
 * has one, so that a device clock set wrong does not move a date's wait.
 */
export function retryAfterSeconds(value: string | null | undefined, now = Date.now()): number | null {
  const trimmed = value?.trim() ?? "";
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const at = parseHttpDate(trimmed);
  return at === null ? null : Math.max(0, Math.ceil((at - now) / 1000));
}
