import { cpSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { createTestDatabase, type TestDatabase } from "@todo/test-support/test-database";
import { sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDatabase, type DatabaseHandle, type DatabaseOptions } from "../src/client";
import { migrateDown, migrateUp, migrationsFolder } from "../src/migrate";
import { migratedOutline, migrationTags } from "./migration-round-trip";
import { neonUrl, startNeonProxy } from "./neon-proxy";
import { queryRows } from "./query-rows";
import { captureSchema, outline } from "./schema-snapshot";
import { makeTempDir, type TempDir } from "./temp-dir";

/** The app's migrations copied into `dir`, for a test to change: the folder and its journal's entries. */
function copyOfMigrations(dir: TempDir) {
  const folder = path.join(dir.path, "migrations");
  cpSync(migrationsFolder, folder, { recursive: true });
  const journalFile = path.join(folder, "meta/_journal.json");
  const journal = JSON.parse(readFileSync(journalFile, "utf8")) as {
    entries: { idx: number; when: number; tag: string }[];
  };
  return {
    folder,
    entries: journal.entries,
    /** Adds a migration after the last, with its `up` and `down` scripts. */
    append(tag: string, up: string, down: string) {
      const last = journal.entries.at(-1) as (typeof journal.entries)[number];
      journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 1, tag });
      writeFileSync(journalFile, JSON.stringify(journal));
      writeFileSync(path.join(folder, `${tag}.sql`), up);
      writeFileSync(path.join(folder, "down", `${tag}.sql`), down);
    },
  };
}

/** How each pooled driver reaches a database by its URL (Neon's through the local WebSocket proxy). */
const drivers: { name: string; connect(url: string): Promise<{ options: DatabaseOptions; close(): Promise<void> }> }[] =
  [
    { name: "node-postgres", connect: async (url) => ({ options: { url }, close: async () => {} }) },
    {
      name: "neon",
      connect: async (url) => {
        const proxy = await startNeonProxy();
        return { options: { url: neonUrl(url), neonWebSocketProxy: proxy.endpoint }, close: () => proxy.close() };
      },
    },
  ];

describe.each(drivers)("migrators on one database at once ($name)", (driver) => {
  let database: TestDatabase;
  let connection: Awaited<ReturnType<(typeof drivers)[number]["connect"]>>;
  let handles: DatabaseHandle[];
  /** A handle on the never-migrated database, as a separate process would hold (a pool of its own). */
  const migrators = {
    open: () => {
      const handle = createDatabase(connection.options);
      handles.push(handle);
      return handle;
    },
  };

  beforeEach(async () => {
    database = await createTestDatabase();
    connection = await driver.connect(database.url);
    handles = [];
  });
  afterEach(async () => {
    await Promise.all(handles.map((handle) => handle.close()));
    await connection.close();
    await database.drop();
  });

  it("all succeed when started together on a never-migrated database, each migration applied once", async () => {
    const handles = [migrators.open(), migrators.open(), migrators.open()];
    const results = await Promise.allSettled(handles.map((handle) => migrateUp(handle)));
    expect(results.map((result) => result.status)).toEqual(["fulfilled", "fulfilled", "fulfilled"]);
    const [check] = handles as [DatabaseHandle];
    expect(outline(await captureSchema(check.db))).toEqual(migratedOutline);
    const applied = await queryRows<{ count: number }>(
      check.db,
      sql`select count(*)::int as count from drizzle.__drizzle_migrations`,
    );
    expect(applied).toEqual([{ count: migrationTags.length }]);
  });

  it("waits for the migrator holding the lock, then applies what is left", async () => {
    const holder = migrators.open();
    const waiter = migrators.open();
    let releaseLock = () => {};
    const held = holder.lockedForMigrations(() => new Promise<void>((resolve) => (releaseLock = resolve)));
    await sleep(100);
    let migrated = false;
    const migrating = migrateUp(waiter).then(() => {
      migrated = true;
    });
    await sleep(1_500);
    expect(migrated).toBe(false);
    expect((await captureSchema(holder.db)).tables).toEqual([]);

    releaseLock();
    await held;
    await migrating;
    expect(outline(await captureSchema(holder.db))).toEqual(migratedOutline);
  });

  it("rolls back the last migration whole when a rollback is started during a migration", async () => {
    const [up, down] = [migrators.open(), migrators.open()];
    await migrateUp(up);
    const migratedSchema = await captureSchema(up.db);
    // A migration of its own after the real ones, slow enough that the rollback comes while it runs.
    const dir = await makeTempDir();
    try {
      const migrations = copyOfMigrations(dir);
      migrations.append(
        "9999_slow",
        "CREATE TABLE slow_one (id integer);\n--> statement-breakpoint\nSELECT pg_sleep(1);",
        "DROP TABLE slow_one;",
      );
      const migrating = migrateUp(up, migrations.folder);
      await sleep(300);
      const rolledBack = await migrateDown(down, migrations.folder);
      await migrating;
      expect(rolledBack).toBe("9999_slow");
      expect(await captureSchema(up.db)).toEqual(migratedSchema);
    } finally {
      await dir.remove();
    }
  });

  it("leaves no lock behind when a migration fails", async () => {
    const [failing, next] = [migrators.open(), migrators.open()];
    const dir = await makeTempDir();
    try {
      const migrations = copyOfMigrations(dir);
      writeFileSync(path.join(migrations.folder, `${migrations.entries[0]?.tag}.sql`), "SELECT this_is_not_sql;");
      await expect(migrateUp(failing, migrations.folder)).rejects.toThrow();
      await migrateUp(next);
      expect(outline(await captureSchema(next.db))).toEqual(migratedOutline);
    } finally {
      await dir.remove();
    }
  });
});

describe("migrating through Neon's pooler", () => {
  it("takes no lock there (PgBouncer in transaction mode would keep it on its server connection) and migrates", async () => {
    const database = await createTestDatabase();
    const proxy = await startNeonProxy();
    const direct = createDatabase({ url: database.url });
    const pooled = createDatabase({
      url: neonUrl(database.url, "ep-quiet-1-pooler.local.neon.tech"),
      neonWebSocketProxy: proxy.endpoint,
    });
    try {
      let releaseLock = () => {};
      const held = direct.lockedForMigrations(() => new Promise<void>((resolve) => (releaseLock = resolve)));
      await sleep(100);
      await migrateUp(pooled);
      expect(outline(await captureSchema(pooled.db))).toEqual(migratedOutline);
      releaseLock();
      await held;
    } finally {
      await Promise.all([direct.close(), pooled.close()]);
      await proxy.close();
      await database.drop();
    }
  });
});
