import { databaseHost } from "../database-host";
import type { DatabaseOptions } from "../types";

/**
 * Where to LISTEN: nowhere when told not to; `listenUrl` (a direct, unpooled connection) when given; else
 * the database's own URL, except a Neon pooler's (`-pooler` in its host: PgBouncer in transaction mode,
 * which cannot LISTEN). Null means the caller polls.
 */
export function listenUrlFor(url: string, { listenUrl, listen }: DatabaseOptions): string | null {
  if (listen === false) return null;
  if (listenUrl) return listenUrl;
  return databaseHost(url).includes("-pooler") ? null : url;
}
