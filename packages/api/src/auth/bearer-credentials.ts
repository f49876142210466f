/**
 * The credentials of an `Authorization: Bearer <credentials>` header, or null when it carries none: the
 * scheme in any case, then one or more spaces (RFC 9110 § 11.1, § 11.4). What the credentials must be (a
 * JWT, an access token, a configured secret) is each caller's to check. The one reading of the header for
 * the API's JWTs, the exchange of access tokens, the metrics scrape and the reminders' cron.
 */
export function bearerCredentials(authorization: string | null | undefined): string | null {
  return authorization?.match(/^Bearer +(\S+)$/i)?.[1] ?? null;
}
