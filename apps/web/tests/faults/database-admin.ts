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
