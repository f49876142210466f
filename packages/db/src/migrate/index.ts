import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { desc, eq, sql } from "drizzle-orm";
import { bigint, integer, pgSchema, text } from "drizzle-orm/pg-core";
import { createDatabase, type DatabaseHandle } from "../client";

export const migrationsFolder = fileURLToPath(new URL("../../migrations", import.meta.url));

// Drizzle's own record of what it applied.
const appliedMigrations = pgSchema("drizzle").table("__drizzle_migrations", {
  id: integer("id").primaryKey(),
  hash: text("hash").notNull(),
  createdAt: bigint("created_at", { mode: "number" }).notNull(),
});

interface JournalEntry {
  tag: string;
  when: number;
}

function readJournal(folder: string): JournalEntry[] {
  const journal = JSON.parse(readFileSync(path.join(folder, "meta/_journal.json"), "utf8"));
  return journal.entries as JournalEntry[];
}

/** Applies every pending migration; a migrator already running on the database is waited for. */
export async function migrateUp(handle: DatabaseHandle, folder = migrationsFolder): Promise<void> {
  await handle.migrate(folder);
}

/** Applies every pending migration to the PostgreSQL database at `url`, on a connection of its own. */
export async function migrateUpAt(url: string): Promise<void> {
  const handle = createDatabase({ url });
  try {
    await migrateUp(handle);
  } finally {
    await handle.close();
  }
}

/**
 * Rolls back the last applied migration with its `down/<tag>.sql` script, in one transaction, holding the
 * migration lock.
 * Returns the tag rolled back, or null when nothing was applied.
 */
export async function migrateDown(handle: DatabaseHandle, folder = migrationsFolder): Promise<string | null> {
  return handle.lockedForMigrations(async (db) => {
    // As drizzle's migrator does, so that a database never migrated reads as empty.
    await db.execute(sql`CREATE SCHEMA IF NOT EXISTS drizzle`);
    await db.execute(
      sql`CREATE TABLE IF NOT EXISTS drizzle.__drizzle_migrations (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at bigint)`,
    );
    const [last] = await db.select().from(appliedMigrations).orderBy(desc(appliedMigrations.createdAt)).limit(1);
    if (!last) return null;
    const entry = readJournal(folder).find((e) => e.when === last.createdAt);
    if (!entry) throw new Error(`The applied migration of ${last.createdAt} is not in the journal`);
    const script = readFileSync(path.join(folder, "down", `${entry.tag}.sql`), "utf8");
    const statements = script
      .split("--> statement-breakpoint")
      .map((s) => s.trim())
      .filter(Boolean);
    await db.transaction(async (tx) => {
      for (const statement of statements) await tx.execute(sql.raw(statement));
      await tx.delete(appliedMigrations).where(eq(appliedMigrations.id, last.id));
    });
    return entry.tag;
  });
}
