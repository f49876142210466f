import type { Task } from "@todo/contracts";
import { type AppServer, startAppServer } from "@todo/test-support/app-server";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type ApiUser, apiUser, createTasks } from "../support/api-user";
import { WEB_DIR } from "../support/web-dir";

// A second instance of the suite's app (same database and issuer, so the same tokens) that allows
// two other origins, and 5 API requests a minute per user so that a 429 is quick to reach.
const APP = "https://app.example.com";
const DEV = "http://localhost:5173";
const LIMIT = 5;
const appUrl = inject("appUrl");
let cors: AppServer;
beforeAll(async () => {
  cors = await startAppServer(WEB_DIR, {
    DATABASE_URL: inject("databaseUrl"),
    BETTER_AUTH_URL: appUrl,
    CORS_ALLOWED_ORIGINS: `${APP}, ${DEV}/`,
    API_RATE_LIMIT_PER_MINUTE: String(LIMIT),
  });
});
afterAll(() => cors?.stop());

const EXPOSED = [
  "Allow",
  "ETag",
  "Link",
  "Location",
  "Preference-Applied",
  "Retry-After",
  "WWW-Authenticate",
  "X-Request-Id",
  "X-Total-Count",
];

/** A request to the CORS instance, from `origin` (none: a same-origin or non-browser caller). */
function call(path: string, origin: string | null, init: RequestInit & { token?: string } = {}) {
  const headers = new Headers(init.headers);
  if (origin !== null) headers.set("Origin", origin);
  if (init.token) headers.set("Authorization", `Bearer ${init.token}`);
  return fetch(`${cors.url}${path}`, { ...init, headers });
}

/** The CORS headers of an answer, for one comparison. */
function corsOf(response: Response) {
  const header = (name: string) => response.headers.get(name);
  return {
    origin: header("access-control-allow-origin"),
    credentials: header("access-control-allow-credentials"),
    exposed: header("access-control-expose-headers")?.split(/,\s*/).sort() ?? null,
    variesByOrigin: (header("vary") ?? "").split(/,\s*/).includes("Origin"),
  };
}

const granted = (origin: string) => ({ origin, credentials: null, exposed: EXPOSED, variesByOrigin: true });
const refused = { origin: null, credentials: null, exposed: null, variesByOrigin: true };

async function userWithTask(): Promise<{ user: ApiUser; task: Task }> {
  const user = await apiUser(appUrl);
  const [task] = (await createTasks(user, [{ title: "Shared" }])) as [Task];
  return { user, task };
}

describe("an allowed origin", () => {
  it("may read a list with its Link, X-Total-Count and X-Request-Id", async () => {
    const { user } = await userWithTask();
    await createTasks(user, [{ title: "Second" }]);
    const response = await call(`/api/${user.userId}/tasks?limit=1`, APP, {
      token: user.token,
      headers: { Prefer: "count=exact" },
    });
    expect(response.status).toBe(200);
    expect(corsOf(response)).toEqual(granted(APP));
    expect(response.headers.get("link")).toMatch(/rel="next"/);
    expect(response.headers.get("x-total-count")).toBe("2");
    expect(response.headers.get("preference-applied")).toBe("count=exact");
  });

  it("may create a task and read its Location and ETag (the list's origins are matched as given, a trailing / dropped)", async () => {
    const user = await apiUser(appUrl);
    const response = await call(`/api/${user.userId}/tasks`, DEV, {
      method: "POST",
      token: user.token,
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ title: "From the dev server" }),
    });
    expect(response.status).toBe(201);
    expect(corsOf(response)).toEqual(granted(DEV));
    expect(response.headers.get("location")).toMatch(new RegExp(`^/api/${user.userId}/tasks/\\d+$`));
  });

  it.each([
    [401, "no token", (user: ApiUser, task: Task) => call(`/api/${user.userId}/tasks/${task.id}`, APP)],
    [
      403,
      "another user's URL",
      (user: ApiUser) => call(`/api/00000000-0000-4000-8000-000000000000/tasks`, APP, { token: user.token }),
    ],
    [
      404,
      "a missing task",
      (user: ApiUser) => call(`/api/${user.userId}/tasks/2147483647`, APP, { token: user.token }),
    ],
    [405, "a method the route lacks", (user: ApiUser) => call(`/api/${user.userId}/tasks`, APP, { method: "DELETE" })],
    [
      412,
      "a stale If-Match",
      (user: ApiUser, task: Task) =>
        call(`/api/${user.userId}/tasks/${task.id}`, APP, {
          method: "DELETE",
          token: user.token,
          headers: { "If-Match": '"stale"' },
        }),
    ],
  ])("may read a %i problem (%s)", async (status, _name, send) => {
    const { user, task } = await userWithTask();
    const response = await send(user, task);
    expect(response.status).toBe(status);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(corsOf(response)).toEqual(granted(APP));
    expect(response.headers.get("x-request-id")).toBe((await response.json()).requestId);
  });

  it("may read a 429 and its Retry-After", async () => {
    const user = await apiUser(appUrl);
    let response: Response | undefined;
    // A minute boundary between two requests resets the count: 2 × LIMIT + 1 requests always reach a 429.
    for (let i = 0; i <= 2 * LIMIT && response?.status !== 429; i++) {
      response = await call(`/api/${user.userId}/tasks`, APP, { token: user.token });
    }
    expect(response?.status).toBe(429);
    expect(corsOf(response as Response)).toEqual(granted(APP));
    expect(Number(response?.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it.each([
    ["", "GET, POST, HEAD, OPTIONS", "POST"],
    ["/:id", "GET, PUT, PATCH, DELETE, HEAD, OPTIONS", "PATCH"],
    ["/:id/complete", "PATCH, OPTIONS", "PATCH"],
  ])(
    "gets a preflight for %s naming the route's methods and the headers the API reads",
    async (route, allow, method) => {
      const { user, task } = await userWithTask();
      const response = await call(`/api/${user.userId}/tasks${route.replace(":id", String(task.id))}`, APP, {
        method: "OPTIONS",
        headers: {
          "Access-Control-Request-Method": method,
          "Access-Control-Request-Headers": "authorization, content-type, if-match, prefer",
        },
      });
      expect(response.status).toBe(204);
      expect(response.headers.get("allow")).toBe(allow);
      expect(corsOf(response)).toMatchObject({ origin: APP, credentials: null, variesByOrigin: true });
      expect(response.headers.get("access-control-allow-methods")).toBe(allow);
      expect(response.headers.get("access-control-allow-headers")?.toLowerCase().split(/,\s*/).sort()).toEqual([
        "authorization",
        "content-type",
        "if-match",
        "last-event-id",
        "prefer",
      ]);
      expect(Number(response.headers.get("access-control-max-age"))).toBeGreaterThan(0);
    },
  );

  it.each(["/api/health", "/api/ready"])("may read %s", async (path) => {
    const response = await call(path, APP);
    expect(response.status).toBe(200);
    expect(corsOf(response)).toEqual(granted(APP));
  });

  it("gets nothing from Better Auth's routes, which stay same-origin", async () => {
    const preflight = await call("/api/auth/sign-in/email", APP, {
      method: "OPTIONS",
      headers: { "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type" },
    });
    expect(preflight.headers.get("access-control-allow-origin")).toBeNull();
    expect(preflight.headers.get("access-control-allow-methods")).toBeNull();
    const signIn = await call("/api/auth/sign-in/email", APP, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ email: "nobody@example.com", password: "long enough pw" }),
    });
    expect(signIn.status).toBe(403);
    expect(signIn.headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe("any other origin", () => {
  it.each([
    ["a lookalike host", "https://app.example.com.evil.test"],
    ["a parent domain", "https://example.com"],
    ["another scheme", "http://app.example.com"],
    ["another port", "https://app.example.com:8443"],
    ["another port of the dev server", "http://localhost:5174"],
    ["the listed origin with a trailing slash", `${APP}/`],
    ["another letter case", "https://APP.example.com"],
    ["an opaque origin", "null"],
    ["a stranger", "https://evil.example"],
  ])("gets no grant, only Vary: Origin: %s", async (_name, origin) => {
    const { user, task } = await userWithTask();
    const read = await call(`/api/${user.userId}/tasks/${task.id}`, origin, { token: user.token });
    expect(read.status).toBe(200);
    expect(corsOf(read)).toEqual(refused);
    const problem = await call(`/api/${user.userId}/tasks/${task.id}`, origin);
    expect(problem.status).toBe(401);
    expect(corsOf(problem)).toEqual(refused);

    const preflight = await call(`/api/${user.userId}/tasks/${task.id}`, origin, {
      method: "OPTIONS",
      headers: { "Access-Control-Request-Method": "PATCH", "Access-Control-Request-Headers": "authorization" },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("allow")).toBe("GET, PUT, PATCH, DELETE, HEAD, OPTIONS");
    expect(corsOf(preflight)).toEqual(refused);
    expect(preflight.headers.get("access-control-allow-methods")).toBeNull();
    expect(preflight.headers.get("access-control-allow-headers")).toBeNull();
  });

  it("nor does a request without Origin (same origin, or not a browser), which still varies by Origin", async () => {
    const { user } = await userWithTask();
    const response = await call(`/api/${user.userId}/tasks`, null, { token: user.token });
    expect(response.status).toBe(200);
    expect(corsOf(response)).toEqual(refused);
  });
});

describe("without CORS_ALLOWED_ORIGINS (the suite's app)", () => {
  it("grants no origin, even on a preflight, and does not vary by Origin", async () => {
    const user = await apiUser(appUrl);
    const read = await fetch(`${appUrl}/api/${user.userId}/tasks`, {
      headers: { Origin: APP, Authorization: `Bearer ${user.token}` },
    });
    expect(read.status).toBe(200);
    expect(corsOf(read)).toEqual({ ...refused, variesByOrigin: false });
    const preflight = await fetch(`${appUrl}/api/${user.userId}/tasks`, {
      method: "OPTIONS",
      headers: { Origin: APP, "Access-Control-Request-Method": "POST" },
    });
    expect(preflight.status).toBe(204);
    expect(corsOf(preflight)).toEqual({ ...refused, variesByOrigin: false });
    expect(preflight.headers.get("access-control-allow-methods")).toBeNull();
  });
});
