/**
 * A database URL's host name in lower case. Host names are case-insensitive, but the URL standard lowers
 * only the hosts of the schemes it knows (http's, not postgres's): `EP-X.AWS.NEON.TECH` stays as written.
 */
export function databaseHost(url: string): string {
  return new URL(url).hostname.toLowerCase();
}
