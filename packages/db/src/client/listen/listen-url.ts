/**
 * Where to LISTEN: `listenUrl` (a direct, unpooled connection) when given, else the database's own URL,
 * except a Neon pooler's (`-pooler` in its host: PgBouncer in transaction mode, which cannot LISTEN):
 * then null, and the caller polls.
 */
export function listenUrlFor(url: string, listenUrl: string | undefined): string | null {
  if (listenUrl) return listenUrl;
  return new URL(url).hostname.includes("-pooler") ? null : url;
}
