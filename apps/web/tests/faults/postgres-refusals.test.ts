import { migrateUpAt } from "@todo/db/migrate";
import { authHeaders, signIn, signUpWithToken } from "@todo/test-support/accounts";
import { type AppServer, startAppServer } from "@todo/test-support/app-server";
import { createTestDatabase } from "@todo/test-support/test-database";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { untilRefused } from "../support/until-refused";
import { WEB_DIR } from "../support/web-dir";
import { administer, type DatabaseAdmin } from "./database-admin";
import { expectAllStored, expectOnlyRetryableRefusals, type Outcome, runMixedLoad, send, sleep } from "./mixed-load";

// PostgreSQL itself refusing and ending sessions, as a managed database does when its compute
// restarts, wakes, fails over or runs out of connections (the TCP proxy test cuts the network instead).

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let admin: DatabaseAdmin;
let app: AppServer;

beforeAll(async () => {
  database = await createTestDatabase("todo_refusals", { setUp: migrateUpAt });
  admin = await administer(database.url);
  app = await startAppServer(WEB_DIR, { DATABASE_URL: admin.appUrl, API_RATE_LIMIT_PER_MINUTE: "1000000" });
}, 60_000);

afterAll(async () => {
  await app?.stop();
  await admin?.close();
  await database?.drop();
});

/** The server's lines since `from`: none may say a request failed for an unknown reason. */
function unhandledSince(from: number): string[] {
  return app
    .output()
    .slice(from)
    .split("\n")
    .filter((line) => line.includes('"unhandled_error"') || line.includes('"auth_error"'));
}

describe("PostgreSQL refusing and terminating sessions under load", () => {
  it("answers 503 with Retry-After, never 500, keeps every acknowledged write and recovers alone", async () => {
    const users = await Promise.all(Array.from({ length: 4 }, () => signUpWithToken(app.url)));
    const logFrom = app.output().length;
    const chaos = async () => {
      for (let round = 0; round < 2; round++) {
        await sleep(1_500);
        await admin.refuseConnections();
        await sleep(2_000);
        await admin.allowConnections();
        await sleep(1_000);
        // Sessions killed under running statements, then a connection limit the pool cannot stay within.
        for (let kill = 0; kill < 5; kill++, await sleep(150)) await admin.terminateSessions();
        await admin.limitConnections(1);
        await admin.terminateSessions();
        await sleep(2_000);
        await admin.limitConnections(-1);
      }
    };
    const [, { outcomes, acknowledged }] = await Promise.all([chaos(), runMixedLoad(app.url, users, 4, 15_000)]);

    expectOnlyRetryableRefusals(outcomes);
    expect((await fetch(`${app.url}/api/ready`)).status).toBe(200);
    await expectAllStored(database.url, acknowledged);
    expect(unhandledSince(logFrom)).toEqual([]);
    console.info(
      `refusals: ${outcomes.length} requests, ${outcomes.filter((o) => o.status === 503).length} × 503, 0 × 500, ${acknowledged.size} acknowledged creates, 0 lost`,
    );
  }, 60_000);
});

describe("while PostgreSQL refuses new sessions", () => {
  it("answers readiness, the API and the auth routes 503 with Retry-After", async () => {
    const user = await signUpWithToken(app.url);
    await admin.refuseConnections();
    try {
      const answers = await Promise.all([
        fetch(`${app.url}/api/ready`),
        fetch(`${app.url}/api/${user.userId}/tasks`, { headers: { Authorization: `Bearer ${user.token}` } }),
        fetch(`${app.url}/api/${user.userId}/tasks`, {
          method: "POST",
          headers: { Authorization: `Bearer ${user.token}`, "Content-Type": "application/json" },
          body: JSON.stringify({ title: "while refused" }),
        }),
        fetch(`${app.url}/api/auth/token`, { headers: { cookie: user.cookie } }),
        fetch(`${app.url}/api/auth/get-session`, { headers: { cookie: user.cookie } }),
      ]);
      for (const answer of answers) expectRetryableRefusal(answer);
    } finally {
      await admin.allowConnections();
    }
    expect((await fetch(`${app.url}/api/auth/token`, { headers: { cookie: user.cookie } })).status).toBe(200);
  });

  it("answers 503 while the app's role is out of connections, and 200 once it has them again", async () => {
    const user = await signUpWithToken(app.url);
    const list = () =>
      fetch(`${app.url}/api/${user.userId}/tasks`, { headers: { Authorization: `Bearer ${user.token}` } });
    await admin.limitConnections(0);
    try {
      await admin.terminateSessions();
      expectRetryableRefusal(await list());
    } finally {
      await admin.limitConnections(-1);
    }
    expect((await list()).status).toBe(200);
  });
});

/** A 503 a client may simply try again: a problem with `Retry-After`. */
function expectRetryableRefusal(answer: Pick<Response, "status" | "headers" | "url">): void {
  expect(answer.status, answer.url).toBe(503);
  expect(answer.headers.get("retry-after"), answer.url).toBe("5");
  expect(answer.headers.get("content-type"), answer.url).toBe("application/problem+json");
}

describe("while the sessions cannot be read in time (a lock held past the statement time-out)", () => {
  it("answers the token and the session 503 with Retry-After, not the 401 or 500 that would sign the user out", async () => {
    const user = await signUpWithToken(app.url);
    // A migration's or an operator's lock: every read of a session waits, and the server cancels it after 10 s (57014).
    const locker = new pg.Client({ connectionString: database.url });
    await locker.connect();
    try {
      await locker.query('BEGIN; LOCK TABLE "session" IN ACCESS EXCLUSIVE MODE');
      const answers = await Promise.all([
        fetch(`${app.url}/api/auth/token`, { headers: { cookie: user.cookie } }),
        fetch(`${app.url}/api/auth/get-session`, { headers: { cookie: user.cookie } }),
      ]);
      for (const answer of answers) expectRetryableRefusal(answer);
    } finally {
      await locker.query("ROLLBACK").catch(() => undefined);
      await locker.end();
    }
    expect((await fetch(`${app.url}/api/auth/token`, { headers: { cookie: user.cookie } })).status).toBe(200);
    // Without a session cookie a 401 is true whatever the database does.
    expect((await fetch(`${app.url}/api/auth/token`)).status).toBe(401);
  }, 40_000);
});

/** While `work` runs, PostgreSQL ends the session of every statement that writes (`event`) a row of `table`. */
async function endingSessionsOn(table: string, event: "INSERT" | "DELETE", work: (owner: pg.Client) => Promise<void>) {
  const owner = new pg.Client({ connectionString: database.url });
  await owner.connect();
  try {
    await owner.query(`
      CREATE FUNCTION end_own_session() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
      BEGIN PERFORM pg_terminate_backend(pg_backend_pid()); RETURN NULL; END $$;
      CREATE TRIGGER end_own_session BEFORE ${event} ON "${table}" FOR EACH ROW EXECUTE FUNCTION end_own_session();`);
    await work(owner);
  } finally {
    await owner.query(
      `DROP TRIGGER IF EXISTS end_own_session ON "${table}"; DROP FUNCTION IF EXISTS end_own_session()`,
    );
    await owner.end();
  }
}

describe("when PostgreSQL ends the session in the middle of a sign-up or a sign-out", () => {
  const password = "correct horse battery staple";
  const signUpAs = (email: string) =>
    fetch(`${app.url}/api/auth/sign-up/email`, {
      method: "POST",
      headers: authHeaders(app.url),
      body: JSON.stringify({ name: "Midway", email, password }),
    });
  const usersWith = async (owner: pg.Client, email: string) =>
    (await owner.query('SELECT count(*)::int AS n FROM "user" WHERE email = $1', [email])).rows[0].n;

  it("keeps nothing of a sign-up ended at its password: the same address signs up afterwards and signs in", async () => {
    const email = `midway-${Date.now()}@example.com`;
    await endingSessionsOn("account", "INSERT", async (owner) => {
      expectRetryableRefusal(await signUpAs(email));
      expect(await usersWith(owner, email)).toBe(0);
    });
    expect((await signUpAs(email)).status).toBe(200);
    expect((await signIn(app.url, email, password)).status).toBe(200);
  });

  it("answers a sign-up ended at its user 503, not 422 FAILED_TO_CREATE_USER, and keeps nothing", async () => {
    const email = `first-row-${Date.now()}@example.com`;
    await endingSessionsOn("user", "INSERT", async (owner) => {
      expectRetryableRefusal(await signUpAs(email));
      expect(await usersWith(owner, email)).toBe(0);
    });
    expect((await signUpAs(email)).status).toBe(200);
  });

  it("answers a sign-out whose session could not be deleted 503, not 200: the session and its JWT live on", async () => {
    const user = await signUpWithToken(app.url);
    const signOut = () =>
      fetch(`${app.url}/api/auth/sign-out`, {
        method: "POST",
        headers: { ...authHeaders(app.url), cookie: user.cookie },
        body: "{}",
      });
    const list = () =>
      fetch(`${app.url}/api/${user.userId}/tasks`, { headers: { Authorization: `Bearer ${user.token}` } });
    await endingSessionsOn("session", "DELETE", async () => {
      expectRetryableRefusal(await signOut());
    });
    expect((await list()).status).toBe(200);
    // Tried again, it signs out; the JWT is refused once the instance has read that (every 2 s).
    expect((await signOut()).status).toBe(200);
    expect((await untilRefused(list)).status).toBe(401);
  });
});

describe("a session ended while this instance could not reach the database", () => {
  it("is refused from the first request once the database is back, never checked against what was read before", async () => {
    const user = await signUpWithToken(app.url);
    const list = () =>
      fetch(`${app.url}/api/${user.userId}/tasks`, { headers: { Authorization: `Bearer ${user.token}` } });
    expect((await list()).status).toBe(200);
    // Another instance, still connected, signs the session out while this one is refused by the database.
    const other = new pg.Client({ connectionString: database.url });
    await other.connect();
    try {
      await admin.refuseConnections();
      await other.query('DELETE FROM "session" WHERE user_id = $1', [user.userId]);
      await sleep(6_000);
      expectRetryableRefusal(await list());
    } finally {
      await admin.allowConnections();
      await other.end();
    }
    const first = await list();
    expect(first.status).toBe(401);
    expect((await first.json()).detail).toBe("This token's session has been signed out: sign in again");
  }, 30_000);
});

describe("while PostgreSQL takes no writes, as a standby after a failover", () => {
  it("answers reads 200, every write 503 with Retry-After, changing nothing, and writes again once it takes them", async () => {
    const user = await signUpWithToken(app.url);
    const tasks = `${app.url}/api/${user.userId}/tasks`;
    const request = (url: string, method = "GET", body?: unknown) =>
      fetch(url, {
        method,
        headers: { Authorization: `Bearer ${user.token}`, "Content-Type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    const created = await request(tasks, "POST", { title: "before" });
    expect(created.status).toBe(201);
    const before = (await created.json()) as { id: number };
    const logFrom = app.output().length;

    await admin.setReadOnly(true);
    try {
      const list = await request(tasks);
      expect(list.status).toBe(200);
      expect(((await list.json()) as { title: string }[]).map((task) => task.title)).toEqual(["before"]);
      const writes = await Promise.all([
        request(tasks, "POST", { title: "while read-only" }),
        request(`${tasks}/${before.id}`, "PATCH", { title: "changed" }),
        request(`${tasks}/${before.id}/complete`, "PATCH"),
        request(`${tasks}/${before.id}`, "DELETE"),
        request(`${app.url}/api/${user.userId}/lists`, "POST", { name: "Groceries" }),
        fetch(`${app.url}/api/auth/sign-up/email`, {
          method: "POST",
          headers: authHeaders(app.url),
          body: JSON.stringify({ name: "New", email: `new-${before.id}@example.com`, password: user.password }),
        }),
        signIn(app.url, user.email, user.password),
      ]);
      for (const answer of writes) expectRetryableRefusal(answer);
    } finally {
      await admin.setReadOnly(false);
    }

    const after = await request(tasks);
    expect(
      ((await after.json()) as { title: string; completed: boolean }[]).map(({ title, completed }) => ({
        title,
        completed,
      })),
    ).toEqual([{ title: "before", completed: false }]);
    expect((await request(tasks, "POST", { title: "after" })).status).toBe(201);
    expect((await signIn(app.url, user.email, user.password)).status).toBe(200);
    expect(unhandledSince(logFrom)).toEqual([]);
  });
});

describe("while PostgreSQL ends sessions that sit idle (idle_session_timeout)", () => {
  it("serves on with fresh sessions: never a 500, a refused write at worst, and every acknowledged write kept", async () => {
    const user = await signUpWithToken(app.url);
    const tasks = `${app.url}/api/${user.userId}/tasks`;
    const logFrom = app.output().length;
    const outcomes: Outcome[] = [];
    const acknowledged = new Map<number, { title: string; userId: string }>();

    const endedBefore = await admin.fatalSessionEnds();
    await admin.endIdleSessionsAfter(100);
    try {
      // Pauses on both sides of the server's 100 ms: the pool's connections die between requests.
      for (let round = 0; round < 30; round++) {
        const title = `idle-${round}`;
        const created = await send(tasks, user.token, { method: "POST", body: JSON.stringify({ title }) });
        if (created.status === 201)
          acknowledged.set((created.body as { id: number }).id, { title, userId: user.userId });
        outcomes.push(created, await send(tasks, user.token));
        await sleep([40, 160, 400][round % 3] as number);
      }
    } finally {
      await admin.endIdleSessionsAfter(null);
    }

    for (const outcome of outcomes) {
      expect([200, 201, 503]).toContain(outcome.status);
      if (outcome.status === 503) expect(outcome.headers.get("retry-after")).toBe("5");
    }
    // The server did end the app's sessions, again and again, under it.
    expect((await admin.fatalSessionEnds()) - endedBefore).toBeGreaterThanOrEqual(10);
    expect(outcomes.filter((o) => o.status === 503).length).toBeLessThan(outcomes.length / 10);
    await expectAllStored(database.url, acknowledged);
    expect(unhandledSince(logFrom)).toEqual([]);
  });
});
