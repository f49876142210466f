import { randomBytes } from "node:crypto";
import pg from "pg";

/** The server the tests create their databases on; trust auth, so no password. */
export const adminUrl = process.env.TEST_DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres";

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

export interface TestDatabaseOptions {
  /** Runs on the new database before it is handed out, e.g. `migrateUpAt` from `@todo/db/migrate`. */
  setUp?: (url: string) => Promise<void>;
}

async function admin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** A new database with a random name, never shared with another test file; `drop` removes it. */
export async function createTestDatabase(
  prefix = "todo_test",
  { setUp }: TestDatabaseOptions = {},
): Promise<TestDatabase> {
  const name = `${prefix}_${randomBytes(6).toString("hex")}`;
  await admin(`CREATE DATABASE "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = {
    name,
    url: url.toString(),
    drop: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
  try {
    await setUp?.(database.url);
  } catch (error) {
    await database.drop();
    throw error;
  }
  return database;
}
