import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase, type DatabaseHandle } from "../src/client";
import { emptySchema, expectedRoundTrip, migratedOutline, migrationRoundTrip } from "./migration-round-trip";
import { openInChild } from "./open-in-child";
import { outline, type SchemaSnapshot } from "./schema-snapshot";
import { makeTempDir, type TempDir } from "./temp-dir";

// One PGlite for the file (its first open costs seconds and ~1 GB): the tests run in order, the last closes it.
describe("embedded PGlite database", () => {
  let dir: TempDir;
  let dataDir: string;
  let lockPath: string;
  let handle: DatabaseHandle | undefined;

  beforeAll(async () => {
    dir = await makeTempDir();
    dataDir = path.join(dir.path, "pglite");
    lockPath = `${dataDir}.lock`;
    // What a crashed process leaves behind: a lock naming a pid that no longer runs.
    const deadPid = spawnSync(process.execPath, ["-e", ""]).pid;
    writeFileSync(lockPath, String(deadPid));
    handle = createDatabase({ dataDir });
  });
  afterAll(async () => {
    await handle?.close();
    await dir?.remove();
  });

  it("takes over a lock file left by a process that has died", () => {
    expect({ driver: handle?.driver, lockHolder: readFileSync(lockPath, "utf8") }).toEqual({
      driver: "pglite",
      lockHolder: String(process.pid),
    });
  });

  it("refuses a second process with DatabaseLockedError naming the directory and the holder", async () => {
    expect(await openInChild(dataDir)).toEqual({
      opened: false,
      name: "DatabaseLockedError",
      message:
        `The embedded database at ${dataDir} is in use by process ${process.pid}. ` +
        "Stop that process, or set DATABASE_URL to share a PostgreSQL server.",
    });
    expect(readFileSync(lockPath, "utf8")).toBe(String(process.pid));
  });

  it("migrates up one migration at a time, rolls each back to exactly the schema before it, and migrates up again", async () => {
    if (!handle) throw new Error("The embedded database is not open");
    const trip = await migrationRoundTrip(handle);
    expect([trip.stages[0], outline(trip.stages.at(-1) as SchemaSnapshot)]).toEqual([emptySchema, migratedOutline]);
    expect(trip).toEqual(expectedRoundTrip(trip.stages));
  });

  it("releases the lock on close, so that another process can open the directory", async () => {
    await handle?.close();
    handle = undefined;
    expect(existsSync(lockPath)).toBe(false);
    expect(await openInChild(dataDir)).toEqual({ opened: true });
    expect(existsSync(lockPath)).toBe(false);
  });
});
