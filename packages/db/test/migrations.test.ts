import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDatabase, type DatabaseHandle } from "../src/client";
import { migrateDown, migrateUp } from "../src/migrate";
import { emptySchema, migratedOutline, migrationRoundTrip } from "./migration-round-trip";
import { createTestDatabase, type TestDatabase } from "./postgres-database";
import { captureSchema, outline } from "./schema-snapshot";

describe("migrations on PostgreSQL", () => {
  let database: TestDatabase;
  let handle: DatabaseHandle;

  // A never-migrated database for every test: cheap on a real server.
  beforeEach(async () => {
    database = await createTestDatabase();
    handle = createDatabase({ url: database.url });
  });
  afterEach(async () => {
    await handle.close();
    await database.drop();
  });

  it("rolls back nothing on a never-migrated database and returns null", async () => {
    expect(await migrateDown(handle)).toBeNull();
    expect(await captureSchema(handle.db)).toEqual(emptySchema);
  });

  it("migrates up, rolls back to an empty schema, and migrates up again to the identical schema", async () => {
    const trip = await migrationRoundTrip(handle);
    expect(outline(trip.migrated)).toEqual(migratedOutline);
    expect(trip).toEqual({
      neverMigrated: null,
      migrated: trip.migrated,
      rolledBack: "0000_init",
      afterRollback: emptySchema,
      remigrated: trip.migrated,
    });
  });

  it("applies nothing twice: a second migrateUp leaves the schema as it was", async () => {
    await migrateUp(handle);
    const once = await captureSchema(handle.db);
    await migrateUp(handle);
    expect(await captureSchema(handle.db)).toEqual(once);
  });

  it("rolls back only what was applied: a second migrateDown returns null", async () => {
    await migrateUp(handle);
    expect([await migrateDown(handle), await migrateDown(handle)]).toEqual(["0000_init", null]);
    expect(await captureSchema(handle.db)).toEqual(emptySchema);
  });
});
