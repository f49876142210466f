import { randomUUID } from "node:crypto";
import { authHeaders, getToken, sessionCookie, signUp, signUpWithToken } from "@todo/test-support/accounts";
import { type AppServer, startAppServer, TEST_SECRET } from "@todo/test-support/app-server";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { WEB_DIR } from "../support/web-dir";

// Two more instances of the suite's app (same database and issuer, so the same tokens), whose
// output the tests read: one at the default level with low limits, one with DEBUG=1.
const API_LIMIT = 4;
const AUTH_LIMIT = 3;
const appUrl = inject("appUrl");
const LEVELS = ["debug", "info", "warn", "error"];

interface LogLine {
  time: string;
  level: string;
  event: string;
  requestId?: string;
  [field: string]: unknown;
}

interface Instance {
  server: AppServer;
  /** Where the output for the tests' requests begins: the start-up banner is Next.js's, not ours. */
  from: number;
}

let quiet: Instance;
let verbose: Instance;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts an instance and waits until it has printed its start-up lines. */
async function start(env: Record<string, string>): Promise<Instance> {
  const server = await startAppServer(WEB_DIR, {
    DATABASE_URL: inject("databaseUrl"),
    BETTER_AUTH_URL: appUrl,
    API_RATE_LIMIT_PER_MINUTE: String(API_LIMIT),
    AUTH_RATE_LIMIT_MAX: String(AUTH_LIMIT),
    ...env,
  });
  let length = -1;
  while (server.output().length !== length) {
    length = server.output().length;
    await sleep(500);
  }
  return { server, from: length };
}

beforeAll(async () => {
  [quiet, verbose] = await Promise.all([start({ DEBUG: "" }), start({ DEBUG: "1" })]);
}, 60_000);
afterAll(async () => {
  await Promise.all([quiet?.server.stop(), verbose?.server.stop()]);
});

/** The raw lines an instance printed for the tests' requests. */
function rawLines({ server, from }: Instance): string[] {
  return server.output().slice(from).split("\n").filter(Boolean);
}

/** Those lines as JSON (a line that is not fails the test, naming it). */
function lines(instance: Instance): LogLine[] {
  return rawLines(instance).map((line) => {
    try {
      return JSON.parse(line) as LogLine;
    } catch {
      throw new Error(`not a JSON log line: ${line}`);
    }
  });
}

/** The line logged for a request id, waited for: the server prints it as it answers. */
async function lineFor(instance: Instance, requestId: string | null): Promise<LogLine> {
  expect(requestId, "the answer's X-Request-Id").toEqual(expect.stringMatching(/^[0-9a-f-]{36}$/));
  for (let waited = 0; waited < 5_000; waited += 50) {
    const found = lines(instance).filter((line) => line.requestId === requestId);
    if (found.length > 0) {
      expect(found).toHaveLength(1);
      return found[0] as LogLine;
    }
    await sleep(50);
  }
  throw new Error(`no log line for request ${requestId}`);
}

const get = (instance: Instance, path: string, headers: Record<string, string> = {}) =>
  fetch(`${instance.server.url}${path}`, { headers });
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/** A sign-in on an instance, from its own client IP so that each test has its own sign-in limit. */
function signInOn(instance: Instance, email: string, password: string, ip: string) {
  return fetch(`${instance.server.url}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { ...authHeaders(appUrl), "X-Forwarded-For": ip },
    body: JSON.stringify({ email, password }),
  });
}

/** What the tasks API logs for a refused request: exactly these fields, nothing from the request. */
function refusal(response: Response, path: string, status: number) {
  return {
    time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
    level: "warn",
    event: "access_refused",
    requestId: response.headers.get("x-request-id"),
    method: "GET",
    path,
    status,
  };
}

describe("security events, logged as warn with the request id the answer carries", () => {
  it("a 401", async () => {
    const path = `/api/${randomUUID()}/tasks`;
    const response = await get(quiet, path, bearer("not-a-jwt"));
    expect(response.status).toBe(401);
    expect(await lineFor(quiet, response.headers.get("x-request-id"))).toEqual(refusal(response, path, 401));
  });

  it("a 403", async () => {
    const user = await signUpWithToken(appUrl);
    const path = `/api/${randomUUID()}/tasks`;
    const response = await get(quiet, path, bearer(user.token));
    expect(response.status).toBe(403);
    expect(await lineFor(quiet, response.headers.get("x-request-id"))).toEqual(refusal(response, path, 403));
  });

  it("a 429 from the tasks API", async () => {
    const user = await signUpWithToken(appUrl);
    const path = `/api/${user.userId}/tasks`;
    let response = await get(quiet, path, bearer(user.token));
    // A minute boundary between two requests resets the count: 2 × limit + 1 requests always reach a 429.
    for (let i = 0; i < 2 * API_LIMIT && response.status !== 429; i++)
      response = await get(quiet, path, bearer(user.token));
    expect(response.status).toBe(429);
    expect(await lineFor(quiet, response.headers.get("x-request-id"))).toEqual(refusal(response, path, 429));
  });

  it("a failed sign-in, and the 429 once the sign-in limit is spent", async () => {
    const account = await signUp(appUrl);
    const attempt = () => signInOn(quiet, account.email, "not the password", "203.0.113.1");
    const event = (response: Response, status: number, code?: string) => ({
      time: expect.any(String),
      level: "warn",
      event: "auth_refused",
      requestId: response.headers.get("x-request-id"),
      method: "POST",
      path: "/api/auth/sign-in/email",
      status,
      ...(code && { code }),
    });
    const failed = await attempt();
    expect(failed.status).toBe(401);
    expect(await lineFor(quiet, failed.headers.get("x-request-id"))).toEqual(
      event(failed, 401, "INVALID_EMAIL_OR_PASSWORD"),
    );

    let limited = failed;
    for (let i = 0; i < AUTH_LIMIT && limited.status !== 429; i++) limited = await attempt();
    expect(limited.status).toBe(429);
    expect(await lineFor(quiet, limited.headers.get("x-request-id"))).toEqual(event(limited, 429));
  });

  it("a sign-in from a site not trusted: a 403 naming the site, no error line; Better Auth's own line only with DEBUG", async () => {
    const account = await signUp(appUrl);
    const fromElsewhere = (instance: Instance, ip: string) =>
      fetch(`${instance.server.url}/api/auth/sign-in/email`, {
        method: "POST",
        headers: { ...authHeaders("https://evil.example"), cookie: "theme=dark", "X-Forwarded-For": ip },
        body: JSON.stringify({ email: account.email, password: account.password }),
      });
    const refused = await fromElsewhere(quiet, "203.0.113.40");
    expect(refused.status).toBe(403);
    const requestId = refused.headers.get("x-request-id");
    expect(await lineFor(quiet, requestId)).toEqual({
      time: expect.any(String),
      level: "warn",
      event: "auth_refused",
      requestId,
      method: "POST",
      path: "/api/auth/sign-in/email",
      status: 403,
      code: "INVALID_ORIGIN",
      origin: "https://evil.example",
    });
    expect(lines(quiet).filter((line) => line.level === "error")).toEqual([]);

    const debugged = await fromElsewhere(verbose, "203.0.113.41");
    await lineFor(verbose, debugged.headers.get("x-request-id"));
    expect(lines(verbose).filter((line) => line.event === "auth_library")).toContainEqual({
      time: expect.any(String),
      level: "debug",
      event: "auth_library",
      message: "Invalid origin: https://evil.example",
    });
  });

  it("the 429 once an account's sign-ins are spent, from however many addresses, as a JSON line", async () => {
    const account = await signUp(appUrl);
    let limited: Response | undefined;
    for (let i = 0; i <= AUTH_LIMIT; i++)
      limited = await signInOn(quiet, account.email, "not the password", `203.0.113.${10 + i}`);
    expect(limited?.status).toBe(429);
    expect(await lineFor(quiet, limited?.headers.get("x-request-id") ?? null)).toEqual({
      time: expect.any(String),
      level: "warn",
      event: "auth_refused",
      requestId: limited?.headers.get("x-request-id"),
      method: "POST",
      path: "/api/auth/sign-in/email",
      status: 429,
      code: "ACCOUNT_RATE_LIMITED",
    });
  });
});

describe("DEBUG", () => {
  it("adds a debug line for each request, with its request id", async () => {
    const user = await signUpWithToken(appUrl);
    const path = `/api/${user.userId}/tasks`;
    const response = await get(verbose, path, bearer(user.token));
    expect(response.status).toBe(200);
    expect(await lineFor(verbose, response.headers.get("x-request-id"))).toEqual({
      time: expect.any(String),
      level: "debug",
      event: "request",
      requestId: response.headers.get("x-request-id"),
      method: "GET",
      path,
      status: 200,
      ms: expect.any(Number),
    });
  });

  it("unset, logs no line for a request that succeeds", async () => {
    const user = await signUpWithToken(appUrl);
    const succeeded = await get(quiet, `/api/${user.userId}/tasks`, bearer(user.token));
    expect(succeeded.status).toBe(200);
    // The server logs in the order it answers: once the next request's line is out, the first's would be too.
    const refused = await get(quiet, `/api/${user.userId}/tasks`);
    expect(refused.status).toBe(401);
    await lineFor(quiet, refused.headers.get("x-request-id"));
    const id = succeeded.headers.get("x-request-id");
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(lines(quiet).filter((line) => line.requestId === id)).toEqual([]);
    expect(lines(quiet).filter((line) => line.level === "debug")).toEqual([]);
  });
});

describe("what the server prints", () => {
  /**
   * Hands each instance the secrets a careless log would keep: the password (in sign-in bodies,
   * good and bad), the session cookie, the bearer token (in Authorization, valid, refused and
   * tampered with, and in a query string), and returns them with the request ids to wait for.
   */
  async function exposeSecrets(instance: Instance, ip: string) {
    const password = `secret-password-${randomUUID()}`;
    const account = await signUp(appUrl, { password });
    const signedIn = await signInOn(instance, account.email, password, ip);
    expect(signedIn.status).toBe(200);
    const cookie = sessionCookie(signedIn);
    const token = await getToken(instance.server.url, cookie);
    const responses = [
      signedIn,
      await signInOn(instance, `nobody-${randomUUID()}@example.com`, password, ip),
      await get(instance, `/api/${account.userId}/tasks`, bearer(token)),
      await get(instance, `/api/${randomUUID()}/tasks`, bearer(token)),
      await get(instance, `/api/${account.userId}/tasks?access_token=${token}`, bearer(token)),
      await get(instance, `/api/${account.userId}/tasks`, bearer(`${token.slice(0, -4)}AAAA`)),
      await get(instance, "/api/auth/get-session", { cookie }),
    ];
    expect(responses.map((r) => r.status)).toEqual([200, 401, 200, 403, 400, 401, 200]);
    const cookieValues = cookie.split("; ").map((pair) => decodeURIComponent(pair.slice(pair.indexOf("=") + 1)));
    // The session token itself, before Better Auth's signature.
    const sessionToken = cookieValues.map((value) => value.split(".")[0] as string);
    // The token but for the characters the tampered copy changed, and its signature alone.
    const tokenParts = [token.slice(0, -4), token.split(".")[2] as string];
    const secrets = [password, ...tokenParts, ...cookieValues, ...sessionToken, TEST_SECRET];
    for (const secret of secrets) expect(secret.length).toBeGreaterThanOrEqual(20);
    return { secrets, requestIds: responses.map((r) => r.headers.get("x-request-id") as string) };
  }

  it.each([
    ["without DEBUG", () => quiet, "198.51.100.1", [1, 3, 5]],
    ["with DEBUG", () => verbose, "198.51.100.2", [0, 1, 2, 3, 4, 5, 6]],
  ])(
    "%s: only JSON lines with time, level and event, and no password, token, cookie or secret",
    async (_name, instance, ip, logged) => {
      const { secrets, requestIds } = await exposeSecrets(instance(), ip);
      // These requests' lines are there (so the checks below read what they were meant to).
      for (const index of logged) await lineFor(instance(), requestIds[index] as string);

      for (const line of lines(instance())) {
        expect(line).toMatchObject({
          time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
          level: expect.toBeOneOf(LEVELS),
          event: expect.stringMatching(/^[a-z_]+$/),
        });
      }
      const printed = rawLines(instance()).join("\n");
      for (const secret of secrets) expect(printed).not.toContain(secret);
    },
  );
});
