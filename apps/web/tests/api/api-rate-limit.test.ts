import { signUpWithToken } from "@todo/test-support/accounts";
import { type AppServer, startAppServer } from "@todo/test-support/app-server";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { apiUser, must } from "../support/api-user";
import { openEvents } from "../support/event-stream";
import { startOfAWindow } from "../support/rate-limit-window";
import { WEB_DIR } from "../support/web-dir";

// Two more instances of the suite's app (same database, same issuer, so the same tokens), each
// allowing 10 requests a minute per user.
const LIMIT = 10;
const appUrl = inject("appUrl");
let a: AppServer;
let b: AppServer;
beforeAll(async () => {
  const env = {
    DATABASE_URL: inject("databaseUrl"),
    BETTER_AUTH_URL: appUrl,
    API_RATE_LIMIT_PER_MINUTE: String(LIMIT),
  };
  [a, b] = await Promise.all([startAppServer(WEB_DIR, env), startAppServer(WEB_DIR, env)]);
}, 60_000);
afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function list(server: AppServer, user: { userId: string; token: string }) {
  return fetch(`${server.url}/api/${user.userId}/tasks`, { headers: { Authorization: `Bearer ${user.token}` } });
}

describe("the per-user limit on the tasks API", () => {
  it("answers 429 problem+json with Retry-After past the limit, for that user only", async () => {
    await startOfAWindow();
    const [user, other] = [await signUpWithToken(appUrl), await signUpWithToken(appUrl)];
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT; i++) statuses.push((await list(a, user)).status);
    expect(statuses).toEqual(Array(LIMIT).fill(200));

    const refused = await list(a, user);
    expect(refused.status).toBe(429);
    expect(refused.headers.get("content-type")).toBe("application/problem+json");
    const retryAfter = Number(refused.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(await refused.json()).toMatchObject({ status: 429, detail: expect.stringContaining(`At most ${LIMIT}`) });
    expect((await list(a, other)).status).toBe(200);
  }, 90_000);

  it("counts a user's requests across instances through the database", async () => {
    await startOfAWindow();
    const user = await signUpWithToken(appUrl);
    for (let i = 0; i < 6; i++) expect((await list(a, user)).status).toBe(200);
    await sleep(1_500); // a writes its count (at most a second after the hits)

    expect((await list(b, user)).status).toBe(200); // b's first hit for the user: it learns the shared count
    await sleep(300);
    const onB: number[] = [];
    for (let i = 0; i < 5; i++) onB.push((await list(b, user)).status);
    expect(onB).toEqual([200, 200, 200, 429, 429]);
  }, 90_000);

  it("counts an event stream once, however many changes it carries", async () => {
    await startOfAWindow();
    // Written through the suite's own instance, whose limit is far away.
    const user = await apiUser(appUrl);
    const stream = await openEvents(a.url, user);
    try {
      for (let i = 0; i < LIMIT + 2; i++) must(await user.client.createTask(user.userId, { title: `t${i}` }));
      await stream.waitFor((message) => message.id === String(1 + 2 * (LIMIT + 2)), 3_000);
      const statuses: number[] = [];
      for (let i = 0; i < LIMIT; i++) statuses.push((await list(a, user)).status);
      expect(statuses).toEqual([...Array(LIMIT - 1).fill(200), 429]);
    } finally {
      stream.close();
    }
  }, 90_000);
});
