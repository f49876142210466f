import { randomBytes } from "node:crypto";
import { createDatabase } from "@todo/db";
import { migrateUp } from "@todo/db/migrate";
import pg from "pg";

export const ADMIN_URL = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

/** A fresh, migrated PostgreSQL database for one test run, and the function that drops it. */
export async function createTestDatabase(prefix = "todo_web"): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const handle = createDatabase({ url: url.href });
  await migrateUp(handle);
  await handle.close();
  return {
    url: url.href,
    drop: async () => {
      const client = new pg.Client({ connectionString: ADMIN_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}
