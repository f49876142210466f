import type { DatabaseOptions } from "./types";

/** Pool settings both pooled drivers share: size, timeouts that bound every request, and a name. */
export function poolConfig(url: string, options: DatabaseOptions) {
  const statementTimeout = options.statementTimeoutMs ?? 10_000;
  return {
    connectionString: url,
    application_name: POOL_NAME,
    max: options.poolMax ?? 10,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5_000,
    // Server-side limit, and a client-side one for when the server cannot even answer.
    statement_timeout: statementTimeout,
    query_timeout: statementTimeout + 2_000,
    keepAlive: true,
  };
}

/** The listening connection's settings: named, so that it can be told apart in `pg_stat_activity`. */
export function listenerConfig(url: string, options: DatabaseOptions) {
  return {
    connectionString: url,
    application_name: LISTENER_NAME,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5_000,
    // Its periodic check must fail, not hang, on a server that stopped answering.
    query_timeout: 5_000,
    keepAlive: true,
  };
}

/** The `application_name` of each instance's pooled connections, to tell them apart in `pg_stat_activity`. */
export const POOL_NAME = "todo-web";
/** The `application_name` of each instance's listening connection. */
export const LISTENER_NAME = "todo-listen";
