import { createTestDatabase, type TestDatabase } from "@todo/test-support/test-database";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createDatabase, type DatabaseHandle, type QueryObserver } from "../src/client";

let database: TestDatabase;
let handle: DatabaseHandle;
const seen: { text: string; outcome: string }[] = [];

// Records each statement the way tracing wraps it: its text before, its outcome after.
const observer: QueryObserver = async (text, run) => {
  try {
    const result = await run();
    seen.push({ text, outcome: "ok" });
    return result;
  } catch (error) {
    seen.push({ text, outcome: (error as Error).message });
    throw error;
  }
};

beforeAll(async () => {
  database = await createTestDatabase();
  handle = createDatabase({ url: database.url, observeQuery: observer });
});

afterAll(async () => {
  await handle.close();
  await database.drop();
});

it("runs the pool's statements and a transaction's through the observer, with placeholders and never values", async () => {
  const rows = (await handle.db.execute(sql`select ${"secret-value"}::text as value`)) as unknown as {
    rows: unknown[];
  };
  expect(rows.rows).toEqual([{ value: "secret-value" }]);
  await handle.db.transaction(async (tx) => {
    await tx.execute(sql`select ${42}::int as answer`);
  });
  await expect(handle.db.execute(sql`select * from no_such_table where id = ${7}`)).rejects.toThrow();
  expect(seen).toEqual([
    { text: "select $1::text as value", outcome: "ok" },
    { text: "begin", outcome: "ok" },
    { text: "select $1::int as answer", outcome: "ok" },
    { text: "commit", outcome: "ok" },
    { text: "select * from no_such_table where id = $1", outcome: expect.stringContaining("no_such_table") },
  ]);
  expect(JSON.stringify(seen)).not.toContain("secret-value");
});
