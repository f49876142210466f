import { randomUUID } from "node:crypto";
import pg from "pg";

/**
 * What a PostgreSQL operator (or a managed service) does to a database under an app: refuse new
 * sessions, terminate the open ones, cap connections. The app connects as a role of its own
 * without superuser rights, since PostgreSQL exempts superusers from connection limits.
 */
export interface DatabaseAdmin {
  /** The database's URL as the app's own role. */
  appUrl: string;
  /** `ALLOW_CONNECTIONS false` and every open session of the database terminated. */
  refuseConnections(): Promise<void>;
  allowConnections(): Promise<void>;
  /** Terminates the app's open sessions, as a failover or a restart does; new ones may follow. */
  terminateSessions(): Promise<number>;
  /** At most `limit` sessions for the app's role (`-1`: no limit); past it PostgreSQL answers 53300. */
  limitConnections(limit: number): Promise<void>;
  /**
   * The app's new sessions read-only (`true`) or not, its open ones terminated: what the app meets
   * after a failover to a standby not yet promoted. A write there fails with 25006.
   */
  setReadOnly(readOnly: boolean): Promise<void>;
  /** The server ends the app's sessions after `ms` idle (`null`: never), PostgreSQL's `idle_session_timeout` (57P05). */
  endIdleSessionsAfter(ms: number | null): Promise<void>;
  /** How many of the database's sessions so far ended on a FATAL error (an idle-session time-out is one). */
  fatalSessionEnds(): Promise<number>;
  close(): Promise<void>;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

export async function administer(databaseUrl: string): Promise<DatabaseAdmin> {
  const url = new URL(databaseUrl);
  const database = url.pathname.slice(1);
  const role = `todo_app_${randomUUID().replace(/-/g, "").slice(0, 12)}`;
  // On the server's maintenance database: PostgreSQL lets no session refuse its own database.
  const admin = new pg.Client({
    connectionString: Object.assign(new URL(databaseUrl), { pathname: "/postgres" }).href,
  });
  await admin.connect();
  await admin.query(`CREATE ROLE ${quote(role)} LOGIN`);
  const owner = new pg.Client({ connectionString: databaseUrl });
  await owner.connect();
  for (const what of ["SCHEMA public", "ALL TABLES IN SCHEMA public", "ALL SEQUENCES IN SCHEMA public"]) {
    await owner.query(`GRANT ALL ON ${what} TO ${quote(role)}`);
  }
  await owner.end();
  const appUrl = new URL(databaseUrl);
  appUrl.username = role;
  appUrl.password = "";

  const terminateSessions = async () => {
    const { rowCount } = await admin.query(
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND usename = $2",
      [database, role],
    );
    return rowCount ?? 0;
  };
  return {
    appUrl: appUrl.href,
    refuseConnections: async () => {
      await admin.query(`ALTER DATABASE ${quote(database)} ALLOW_CONNECTIONS false`);
      await terminateSessions();
    },
    allowConnections: async () => {
      await admin.query(`ALTER DATABASE ${quote(database)} ALLOW_CONNECTIONS true`);
    },
    terminateSessions,
    limitConnections: async (limit) => {
      await admin.query(`ALTER ROLE ${quote(role)} CONNECTION LIMIT ${Number(limit)}`);
    },
    setReadOnly: async (readOnly) => {
      await admin.query(`ALTER ROLE ${quote(role)} SET default_transaction_read_only = ${readOnly ? "on" : "off"}`);
      await terminateSessions();
    },
    endIdleSessionsAfter: async (ms) => {
      await admin.query(
        ms === null
          ? `ALTER ROLE ${quote(role)} RESET idle_session_timeout`
          : `ALTER ROLE ${quote(role)} SET idle_session_timeout = ${Number(ms)}`,
      );
      await terminateSessions();
    },
    fatalSessionEnds: async () => {
      const { rows } = await admin.query<{ ended: string }>(
        "SELECT sessions_fatal AS ended FROM pg_stat_database WHERE datname = $1",
        [database],
      );
      return Number(rows[0]?.ended ?? 0);
    },
    close: async () => {
      await admin.query(`ALTER DATABASE ${quote(database)} ALLOW_CONNECTIONS true`);
      await terminateSessions();
      const owner = new pg.Client({ connectionString: databaseUrl });
      await owner.connect();
      await owner.query(`DROP OWNED BY ${quote(role)}`);
      await owner.end();
      await admin.query(`DROP ROLE IF EXISTS ${quote(role)}`);
      await admin.end();
    },
  };
}
