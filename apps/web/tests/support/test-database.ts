import { createDatabase } from "@todo/db";
import { migrateUp } from "@todo/db/migrate";
import { createTestDatabase as createEmptyDatabase, type TestDatabase } from "@todo/db/testing";

/** A fresh, migrated PostgreSQL database for one test run; `drop` removes it. */
export async function createTestDatabase(prefix = "todo_web"): Promise<TestDatabase> {
  const database = await createEmptyDatabase(prefix);
  const handle = createDatabase({ url: database.url });
  try {
    await migrateUp(handle);
  } finally {
    await handle.close();
  }
  return database;
}
