import { startTcpProxy } from "@todo/test-support/tcp-proxy";
import { adminUrl, createTestDatabase } from "@todo/test-support/test-database";
import { sql } from "drizzle-orm";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase, isConnectionLost, isDatabaseUnavailable, runTransaction } from "../src/client";
import { rateLimit } from "../src/schema";
import { neonUrl, startNeonProxy } from "./neon-proxy";
import { queryRows } from "./query-rows";
import { type OpenedDatabase, testDrivers } from "./test-drivers";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One pooled connection, a statement given up on by the client after 0.3 + 2 s, a connection after 1 s. */
const ONE_CONNECTION = { poolMax: 1, statementTimeoutMs: 300, connectTimeoutMs: 1_000 };

/** Every statement in the two pooled drivers, run while PostgreSQL terminates the session under it. */
describe.each(testDrivers.filter((driver) => driver.name !== "pglite"))(
  "$name: a session ended under a statement",
  ({ open }) => {
    let opened: OpenedDatabase;
    let admin: pg.Client;
    let database: string;

    beforeAll(async () => {
      opened = await open();
      admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      const [row] = await queryRows<{ name: string }>(opened.handle.db, sql`select current_database() as name`);
      database = row?.name ?? "";
    });
    afterAll(async () => {
      await admin.end();
      await opened.close();
    });

    /** Terminates, once `ms` have passed, every session of the database that runs `pg_sleep`. */
    const terminateSleeperAfter = async (ms: number) => {
      await sleep(ms);
      const { rowCount } = await admin.query(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND query LIKE '%pg_sleep%' AND pid <> pg_backend_pid()",
        [database],
      );
      return rowCount;
    };

    it("answers a read from a fresh connection", async () => {
      const [result, terminated] = await Promise.all([
        queryRows<{ one: number }>(opened.handle.db, sql`select 1 as one from pg_sleep(0.4)`),
        terminateSleeperAfter(150),
      ]);
      expect(terminated).toBe(1);
      expect(result).toEqual([{ one: 1 }]);
    });

    it("answers reads at once after the server ended every session, the pool's idle connections included", async () => {
      let failed = 0;
      for (let round = 0; round < 5; round++) {
        // Several connections in the pool, idle now, then all of them ended, as a failover or a restart does.
        await Promise.all(Array.from({ length: 6 }, () => opened.handle.db.execute(sql`select pg_sleep(0.05)`)));
        await admin.query(
          "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
          [database],
        );
        const answer = await queryRows<{ one: number }>(opened.handle.db, sql`select 1 as one`).catch(() => null);
        if (answer === null) failed++;
        else expect(answer).toEqual([{ one: 1 }]);
      }
      expect(failed).toBe(0);
    });

    it("never runs a write again: the caller gets the error, and nothing was written", async () => {
      const key = `write-${Math.random()}`;
      const [outcome, terminated] = await Promise.all([
        opened.handle.db
          .execute(sql`insert into rate_limit (key, count, last_request) select ${key}, 1, 0 from pg_sleep(0.4)`)
          .then(
            () => "written",
            (error: unknown) => error,
          ),
        terminateSleeperAfter(150),
      ]);
      expect(terminated).toBe(1);
      expect(isConnectionLost(outcome)).toBe(true);
      expect(isDatabaseUnavailable(outcome)).toBe(true);
      const rows = await opened.handle.db.select().from(rateLimit).where(sql`${rateLimit.key} = ${key}`);
      expect(rows).toEqual([]);
    });

    it("fails a transaction whose session the server ended, with no uncaught error, and serves on", async () => {
      // A checked-out connection's error reaches only the client: with no listener there it would be thrown
      // from the socket's event handler, past every caller (Next.js logs it as an uncaughtException).
      const uncaught: unknown[] = [];
      const record = (error: unknown) => uncaught.push(error);
      process.on("uncaughtException", record);
      try {
        const [outcome, terminated] = await Promise.all([
          runTransaction(opened.handle.db, async (tx) => {
            await tx.execute(sql`select pg_sleep(0.4)`);
          }).then(
            () => "committed",
            (error: unknown) => error,
          ),
          terminateSleeperAfter(150),
        ]);
        expect(terminated).toBe(1);
        expect(isDatabaseUnavailable(outcome)).toBe(true);
        await sleep(100);
        expect(uncaught).toEqual([]);
        expect(await queryRows<{ one: number }>(opened.handle.db, sql`select 1 as one`)).toEqual([{ one: 1 }]);
      } finally {
        process.off("uncaughtException", record);
      }
    });

    it("runs a transaction that lost a deadlock again, so both commit", async () => {
      await opened.handle.db.insert(rateLimit).values([
        { key: "deadlock-a", count: 0, lastRequest: 0 },
        { key: "deadlock-b", count: 0, lastRequest: 0 },
      ]);
      let runs = 0;
      const bump = (first: string, second: string) =>
        runTransaction(opened.handle.db, async (tx) => {
          runs++;
          await tx.execute(sql`update rate_limit set count = count + 1 where key = ${first}`);
          await tx.execute(sql`select pg_sleep(0.2)`);
          await tx.execute(sql`update rate_limit set count = count + 1 where key = ${second}`);
        });
      await Promise.all([bump("deadlock-a", "deadlock-b"), bump("deadlock-b", "deadlock-a")]);
      const rows = await opened.handle.db
        .select({ key: rateLimit.key, count: rateLimit.count })
        .from(rateLimit)
        .where(sql`${rateLimit.key} like 'deadlock-%'`)
        .orderBy(rateLimit.key);
      expect(rows).toEqual([
        { key: "deadlock-a", count: 2 },
        { key: "deadlock-b", count: 2 },
      ]);
      expect(runs).toBe(3);
    });
  },
);

describe("which errors mean the database cannot serve now", () => {
  const pgError = (code: string, message = "x") => Object.assign(new Error(message), { code });
  const wrapped = (cause: Error) => new Error("Failed query: select 1", { cause });

  it.each([
    ["57P01 terminated session", pgError("57P01")],
    ["57P02 crash shutdown", pgError("57P02")],
    ["57P03 cannot connect now", pgError("57P03")],
    ["08006 connection failure", pgError("08006")],
    ["08001 unable to connect", pgError("08001")],
    ["57P05 idle-session time-out", pgError("57P05")],
    ["25P03 idle-in-transaction time-out", pgError("25P03")],
    ["53300 too many connections", pgError("53300")],
    ["28000 role not permitted to log in", pgError("28000", 'role "app" is not permitted to log in')],
    ["28P01 password refused", pgError("28P01")],
    ["42501 no CONNECT privilege", pgError("42501", 'permission denied for database "todo"')],
    ["53100 disk full (Neon's project size limit)", pgError("53100")],
    ["53200 out of memory", pgError("53200")],
    ["25006 read-only transaction (a standby)", pgError("25006", "cannot execute INSERT in a read-only transaction")],
    ["55P03 lock not available in time", pgError("55P03")],
    ["57014 statement time-out", pgError("57014")],
    ["55000 not accepting connections", pgError("55000", 'database "x" is not currently accepting connections')],
    ["40001 serialization failure", pgError("40001")],
    ["40P01 deadlock", pgError("40P01")],
    ["a socket refused", pgError("ECONNREFUSED")],
    ["a connection closed under a query", new Error("Connection terminated unexpectedly")],
    ["a pool out of time to connect", new Error("timeout exceeded when trying to connect")],
  ])("%s is unavailable, also wrapped", (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect(isDatabaseUnavailable(wrapped(error))).toBe(true);
  });

  it.each([
    ["23505 unique violation", pgError("23505")],
    ["42601 syntax error", pgError("42601")],
    ["42P01 undefined table", pgError("42P01")],
    ["55000 for another reason", pgError("55000", "cannot disallow connections for current database")],
    ["42501 on a table", pgError("42501", "permission denied for table task")],
    ["23503 foreign key", pgError("23503")],
    ["a TypeError", new TypeError("undefined is not a function")],
  ])("%s is a bug, not an outage", (_, error) => {
    expect(isDatabaseUnavailable(wrapped(error))).toBe(false);
  });

  it("counts only a connection that broke under a statement as lost, not one never made", () => {
    expect(isConnectionLost(pgError("57P01"))).toBe(true);
    expect(isConnectionLost(pgError("ECONNRESET"))).toBe(true);
    expect(isConnectionLost(pgError("57P05"))).toBe(true);
    expect(isConnectionLost(pgError("25006"))).toBe(false);
    expect(isConnectionLost(pgError("ECONNREFUSED"))).toBe(false);
    expect(isConnectionLost(pgError("53300"))).toBe(false);
    expect(isConnectionLost(new Error("timeout exceeded when trying to connect"))).toBe(false);
  });
});

/**
 * A pool of one connection whose network goes silent while the connection sits idle: the next transaction's
 * BEGIN gets no answer until the client gives up on it (query_timeout). That connection must go back to the
 * pool (to be dropped), or the pool stays full of a connection nobody holds and every later request waits for
 * a free one until it fails: the app answering 503 long after the database came back.
 */
describe.each([
  {
    name: "node-postgres",
    open: async () => {
      const database = await createTestDatabase();
      const direct = new URL(database.url);
      const proxy = await startTcpProxy({ host: direct.hostname, port: Number(direct.port || 5432) });
      const url = Object.assign(new URL(database.url), { port: String(proxy.port) }).href;
      const handle = createDatabase({ url, ...ONE_CONNECTION });
      return {
        handle,
        stall: () => proxy.stall(),
        cut: () => proxy.cut().then(() => proxy.restore()),
        close: async () => {
          await handle.close();
          await proxy.close();
          await database.drop();
        },
      };
    },
  },
  {
    name: "neon",
    open: async () => {
      const database = await createTestDatabase();
      const proxy = await startNeonProxy();
      const handle = createDatabase({
        url: neonUrl(database.url),
        neonWebSocketProxy: proxy.endpoint,
        ...ONE_CONNECTION,
      });
      return {
        handle,
        stall: () => proxy.stall(),
        cut: async () => proxy.cut(),
        close: async () => {
          await handle.close();
          await proxy.close();
          await database.drop();
        },
      };
    },
  },
])("$name: a transaction whose BEGIN gets no answer", ({ open }) => {
  it("fails, and leaves the pool able to serve once the network is back", async () => {
    const opened = await open();
    try {
      const { db } = opened.handle;
      await queryRows(db, sql`select 1`);
      opened.stall();
      let ran = false;
      const outcome = await runTransaction(db, async (tx) => {
        ran = true;
        await tx.execute(sql`select 1`);
      }).catch((error: unknown) => error);
      expect(outcome).toBeInstanceOf(Error);
      expect(ran).toBe(false);
      await opened.cut();
      await expect(queryRows(db, sql`select 2 as two`)).resolves.toEqual([{ two: 2 }]);
      await runTransaction(db, (tx) => tx.execute(sql`select 3`));
    } finally {
      await opened.close();
    }
  });
});
