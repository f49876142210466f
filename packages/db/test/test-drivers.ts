import path from "node:path";
import { createTestDatabase } from "@todo/test-support/test-database";
import { createDatabase, type DatabaseHandle, type Driver } from "../src/client";
import { migrateUp } from "../src/migrate";
import { neonUrl, startNeonProxy } from "./neon-proxy";
import { makeTempDir } from "./temp-dir";

export interface OpenedDatabase {
  handle: DatabaseHandle;
  /** WebSockets the Neon proxy forwarded; always 0 for the other drivers. */
  proxiedConnections(): number;
  close(): Promise<void>;
}

export interface TestDriver {
  name: Driver;
  /** A fresh, migrated database of its own. */
  open(): Promise<OpenedDatabase>;
}

async function migrated(
  handle: DatabaseHandle,
  close: () => Promise<void>,
  proxied = () => 0,
): Promise<OpenedDatabase> {
  try {
    await migrateUp(handle);
  } catch (error) {
    await close();
    throw error;
  }
  return { handle, proxiedConnections: proxied, close };
}

async function openNodePostgres(): Promise<OpenedDatabase> {
  const database = await createTestDatabase();
  const handle = createDatabase({ url: database.url });
  return migrated(handle, async () => {
    await handle.close();
    await database.drop();
  });
}

async function openNeon(): Promise<OpenedDatabase> {
  const database = await createTestDatabase();
  const proxy = await startNeonProxy();
  const handle = createDatabase({ url: neonUrl(database.url), neonWebSocketProxy: proxy.endpoint });
  const close = async () => {
    await handle.close();
    await proxy.close();
    await database.drop();
  };
  return migrated(handle, close, proxy.connections);
}

async function openPglite(): Promise<OpenedDatabase> {
  const dir = await makeTempDir();
  const handle = createDatabase({ dataDir: path.join(dir.path, "pglite") });
  return migrated(handle, async () => {
    await handle.close();
    await dir.remove();
  });
}

export const testDrivers: TestDriver[] = [
  { name: "node-postgres", open: openNodePostgres },
  { name: "neon", open: openNeon },
  { name: "pglite", open: openPglite },
];
