import { createTestDatabase, type TestDatabase } from "@todo/test-support/test-database";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDatabase, type DatabaseHandle } from "../src/client";
import { migrateDown, migrateUp } from "../src/migrate";
import {
  emptySchema,
  expectedRoundTrip,
  migratedOutline,
  migrationRoundTrip,
  migrationTags,
} from "./migration-round-trip";
import { captureSchema, outline, type SchemaSnapshot } from "./schema-snapshot";

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

  it("migrates up one migration at a time, rolls each back to exactly the schema before it, and migrates up again", async () => {
    const trip = await migrationRoundTrip(handle);
    expect([trip.stages[0], outline(trip.stages.at(-1) as SchemaSnapshot)]).toEqual([emptySchema, migratedOutline]);
    expect(trip).toEqual(expectedRoundTrip(trip.stages));
  });

  it("applies nothing twice: a second migrateUp leaves the schema as it was", async () => {
    await migrateUp(handle);
    const once = await captureSchema(handle.db);
    await migrateUp(handle);
    expect(await captureSchema(handle.db)).toEqual(once);
  });

  it("rolls back only what was applied: once every migration is undone, migrateDown returns null", async () => {
    await migrateUp(handle);
    const tags = [];
    for (let i = 0; i <= migrationTags.length; i++) tags.push(await migrateDown(handle));
    expect(tags).toEqual([...migrationTags].reverse().concat([null as never]));
    expect(await captureSchema(handle.db)).toEqual(emptySchema);
  });
});
