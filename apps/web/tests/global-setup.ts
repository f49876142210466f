import { migrateUpAt } from "@todo/db/migrate";
import { startAppServer } from "@todo/test-support/app-server";
import { createTestDatabase } from "@todo/test-support/test-database";
import type { TestProject } from "vitest/node";
import { WEB_DIR } from "./support/web-dir";

declare module "vitest" {
  export interface ProvidedContext {
    appUrl: string;
    databaseUrl: string;
  }
}

/** One built app on one fresh PostgreSQL database for the whole run; each test makes its own users. */
export default async function setup(project: TestProject) {
  const database = await createTestDatabase("todo_web", { setUp: migrateUpAt });
  // A limit high enough for suites that send a user hundreds of requests; the limits have their own tests.
  const server = await startAppServer(WEB_DIR, { DATABASE_URL: database.url, API_RATE_LIMIT_PER_MINUTE: "100000" });
  project.provide("appUrl", server.url);
  project.provide("databaseUrl", database.url);
  return async () => {
    await server.stop();
    await database.drop();
  };
}
