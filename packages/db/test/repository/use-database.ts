import { afterAll, beforeAll } from "vitest";
import type { Database } from "../../src/client";
import type { OpenedDatabase, TestDriver } from "../test-drivers";

export interface DatabaseContext {
  db(): Database;
  opened(): OpenedDatabase;
}

/** Opens the driver's own fresh database for the enclosing describe block, and closes it after. */
export function useDatabase(driver: TestDriver): DatabaseContext {
  let opened: OpenedDatabase | undefined;
  beforeAll(async () => {
    opened = await driver.open();
  });
  afterAll(async () => {
    await opened?.close();
  });
  const current = () => {
    if (!opened) throw new Error(`The ${driver.name} database is not open`);
    return opened;
  };
  return { db: () => current().handle.db, opened: current };
}
