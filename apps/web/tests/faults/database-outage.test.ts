import { migrateUpAt } from "@todo/db/migrate";
import { signUpWithToken } from "@todo/test-support/accounts";
import { type AppServer, startAppServer } from "@todo/test-support/app-server";
import { startTcpProxy, type TcpProxy } from "@todo/test-support/tcp-proxy";
import { createTestDatabase } from "@todo/test-support/test-database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sampleValue, scrape } from "../ops/scrape";
import { WEB_DIR } from "../support/web-dir";
import { expectAllStored, expectOnlyRetryableRefusals, runMixedLoad, sleep } from "./mixed-load";

// Slowest acceptable answer while the database is away: the pool's connect timeout plus margin.
const BOUND_MS = 7_000;
const LOAD_MS = 12_000;
const METRICS_TOKEN = "metrics-token-for-the-outage-tests";

/** Every line the server printed since start-up, each of which must be one JSON object. */
function printedLines(): string[] {
  const lines = app.output().slice(startup).split("\n").filter(Boolean);
  for (const line of lines) expect(() => JSON.parse(line), line).not.toThrow();
  return lines;
}

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let proxy: TcpProxy;
let app: AppServer;
/** Where the server's output for the tests' requests begins: the start-up banner is Next.js's. */
let startup: number;

beforeAll(async () => {
  database = await createTestDatabase("todo_faults", { setUp: migrateUpAt });
  const direct = new URL(database.url);
  proxy = await startTcpProxy({ host: direct.hostname, port: Number(direct.port || 5432) });
  const viaProxy = new URL(database.url);
  viaProxy.host = `127.0.0.1:${proxy.port}`;
  app = await startAppServer(WEB_DIR, {
    DATABASE_URL: viaProxy.href,
    AUTH_RATE_LIMIT_MAX: "10000",
    // Each of the 4 users sends about a thousand requests in 12 s.
    API_RATE_LIMIT_PER_MINUTE: "1000000",
    METRICS_TOKEN,
  });
  for (let length = -1; app.output().length !== length; await sleep(500)) length = app.output().length;
  startup = app.output().length;
}, 60_000);

afterAll(async () => {
  await app?.stop();
  await proxy?.close();
  await database?.drop();
});

describe("PostgreSQL going away under load", () => {
  it("answers 503 within bounds, never 500, recovers alone, and keeps every acknowledged write", async () => {
    const users = await Promise.all(Array.from({ length: 4 }, () => signUpWithToken(app.url)));
    const chaos = async () => {
      for (let outage = 0; outage < 2; outage++) {
        await sleep(2_500);
        await proxy.cut();
        await sleep(2_000);
        await proxy.restore();
      }
    };
    const [, { outcomes, acknowledged }] = await Promise.all([chaos(), runMixedLoad(app.url, users, 2, LOAD_MS)]);

    expectOnlyRetryableRefusals(outcomes);
    expect(Math.max(...outcomes.map((o) => o.ms))).toBeLessThan(BOUND_MS);
    // Recovered without a restart.
    expect((await fetch(`${app.url}/api/ready`)).status).toBe(200);
    await expectAllStored(database.url, acknowledged);
    // Failed inserts were logged without the values they carried.
    const printed = printedLines();
    expect(printed.some((line) => line.includes('"database_unavailable"'))).toBe(true);
    expect(printed.filter((line) => /\bw\d+-\d+\b/.test(line))).toEqual([]);
    console.info(
      `outage: ${outcomes.length} requests, ${outcomes.filter((o) => o.status === 503).length} × 503, 0 × 500, ${acknowledged.size} acknowledged creates, 0 lost`,
    );
  }, 60_000);
});

describe("signed-in users while PostgreSQL is away", () => {
  it("gets 503 with Retry-After for a token and a session, never the 401 that would sign them out", async () => {
    const user = await signUpWithToken(app.url);
    const withCookie = { headers: { cookie: user.cookie } };
    const unavailable = async () => sampleValue(await scrape(app.url, METRICS_TOKEN), "db_unavailable_total") ?? 0;
    const unavailableBefore = await unavailable();
    await proxy.cut();
    try {
      for (const path of ["/api/auth/token", "/api/auth/get-session"]) {
        const response = await fetch(`${app.url}${path}`, withCookie);
        expect(response.status, path).toBe(503);
        expect(response.headers.get("retry-after"), path).toBe("5");
        expect(response.headers.get("content-type"), path).toBe("application/problem+json");
        expect(response.headers.get("x-request-id"), path).toMatch(/^[0-9a-f-]{36}$/);
        expect(await response.json(), path).toMatchObject({
          status: 503,
          detail: "The database is unavailable; try again shortly",
        });
      }
      // Without a session cookie there is no session to read: 401 is the truth either way.
      expect((await fetch(`${app.url}/api/auth/token`)).status).toBe(401);
      // A page says it could not be loaded rather than sending the user to sign in.
      const page = await fetch(`${app.url}/`, { ...withCookie, redirect: "manual" });
      expect(page.status).toBe(500);
      expect(page.headers.get("location")).toBeNull();
    } finally {
      await proxy.restore();
    }
    // Each of those 503s counted as the database's, for the alert that reads the count.
    expect(await unavailable()).toBeGreaterThanOrEqual(unavailableBefore + 2);
    const token = await fetch(`${app.url}/api/auth/token`, withCookie);
    expect(token.status).toBe(200);
    expect(await token.json()).toMatchObject({ token: expect.any(String) });

    // The failed session lookups and the page that could not render were logged as JSON, without
    // the session token the lookups were sent with.
    const sessionToken = decodeURIComponent(user.cookie).match(/session_token=([^.;]+)/)?.[1] ?? "";
    expect(sessionToken.length).toBeGreaterThan(20);
    const printed = printedLines();
    expect(printed.some((line) => line.includes("Failed query"))).toBe(true);
    expect(printed.filter((line) => line.includes(sessionToken) || line.includes(user.token))).toEqual([]);
  });
});
