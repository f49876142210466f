import { adminUrl, createTestDatabase, type TestDatabase } from "@todo/test-support/test-database";
import { sql } from "drizzle-orm";
import pg from "pg";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDatabase } from "../src/client";

describe("closing a PostgreSQL pool", () => {
  let database: TestDatabase;
  // Connected beforehand, so that counting right after the close costs no connection set-up.
  let admin: pg.Client;

  const sessions = async () => {
    const { rows } = await admin.query<{ n: number }>(
      "select count(*)::int as n from pg_stat_activity where datname = $1",
      [database.name],
    );
    return rows[0]?.n;
  };

  beforeEach(async () => {
    database = await createTestDatabase();
    admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
  });
  afterEach(async () => {
    await admin.end();
    await database.drop();
  });

  it("resolves only once the server has ended every session the pool held", async () => {
    const handle = createDatabase({ url: database.url });
    // Four queries at once: four sessions, all idle in the pool when it is closed.
    await Promise.all([1, 2, 3, 4].map(() => handle.db.execute(sql`select pg_sleep(0.05)`)));
    const before = await sessions();
    await handle.close();
    expect({ before, after: await sessions() }).toEqual({ before: 4, after: 0 });
  });
});
