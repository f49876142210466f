import { migrateUpAt } from "@todo/db/migrate";
import { type AppServer, startAppServer } from "@todo/test-support/app-server";
import { startTcpProxy, type TcpProxy } from "@todo/test-support/tcp-proxy";
import { createTestDatabase } from "@todo/test-support/test-database";
import { test as base } from "./fixtures";
import { WEB_DIR } from "./web-dir";

export { expect } from "./fixtures";

/** The app's database, seen through the TCP proxy between them. */
export interface DatabaseLink {
  /** Drops every connection and refuses new ones, as a database that went away. */
  cut: () => Promise<void>;
  /** Lets the app reach the database again. */
  restore: () => Promise<void>;
}

interface WorkerFixtures {
  /** Environment for this worker's app instance, e.g. a short `JWT_EXPIRATION`. */
  appEnv: Record<string, string>;
  breakableApp: { server: AppServer; proxy: TcpProxy };
}

interface TestFixtures {
  /** The link to this test's database; restored when the test ends, whatever happened. */
  database: DatabaseLink;
}

/**
 * Tests that need the real server to fail: each worker runs an app instance of its own whose
 * database sits behind a TCP proxy the test can cut, so a refusal (503 from the API, a failed
 * token request) is the one the server gives when PostgreSQL goes away, not a made-up answer.
 */
export const test = base.extend<TestFixtures, WorkerFixtures>({
  appEnv: [{}, { scope: "worker", option: true }],

  breakableApp: [
    async ({ appEnv }, use) => {
      const database = await createTestDatabase("todo_e2e_breakable", { setUp: migrateUpAt });
      const direct = new URL(database.url);
      const proxy = await startTcpProxy({ host: direct.hostname, port: Number(direct.port || 5432) });
      const viaProxy = new URL(database.url);
      viaProxy.host = `127.0.0.1:${proxy.port}`;
      try {
        const server = await startAppServer(WEB_DIR, { DATABASE_URL: viaProxy.href, ...appEnv });
        try {
          await use({ server, proxy });
        } finally {
          await server.stop();
        }
      } finally {
        await proxy.close();
        await database.drop();
      }
    },
    { scope: "worker", timeout: 60_000 },
  ],

  baseURL: async ({ breakableApp }, use) => {
    await use(breakableApp.server.url);
  },

  database: async ({ breakableApp: { proxy } }, use) => {
    await use({ cut: () => proxy.cut(), restore: () => proxy.restore() });
    await proxy.restore();
  },
});
