/** A %-escape of a letter, a digit, "-", "_" or "~": characters a URL never needs to escape. */
const ESCAPED_UNRESERVED = /%(?:4[1-9A-Fa-f]|5[0-9Aa]|6[1-9A-Fa-f]|7[0-9Aa]|3[0-9]|2[Dd]|5[Ff]|7[Ee])/g;

/**
 * The path with each %-escape of an unreserved character written as the character, or null when it holds
 * none: `/api/u/t%61sks` and `/api/u/tasks` are the same URL (RFC 3986 § 6.2.2.2), but Next.js matches a
 * route's fixed segments on the raw text. "." stays escaped: `%2E%2E` written as ".." would be a dot
 * segment, which the path does not have as sent (RFC 3986 § 5.2.4 removes only literal ones).
 */
export function unreservedDecoded(pathname: string): string | null {
  const decoded = pathname.replace(ESCAPED_UNRESERVED, (escaped) =>
    String.fromCharCode(Number.parseInt(escaped.slice(1), 16)),
  );
  return decoded === pathname ? null : decoded;
}
