import type { DatabaseOptions } from "./types";

/** Pool settings both pooled drivers share: size, and timeouts that bound every request. */
export function poolConfig(url: string, options: DatabaseOptions) {
  const statementTimeout = options.statementTimeoutMs ?? 10_000;
  return {
    connectionString: url,
    max: options.poolMax ?? 10,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5_000,
    // Server-side limit, and a client-side one for when the server cannot even answer.
    statement_timeout: statementTimeout,
    query_timeout: statementTimeout + 2_000,
    keepAlive: true,
  };
}
