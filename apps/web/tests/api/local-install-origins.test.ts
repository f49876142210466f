import { randomUUID } from "node:crypto";
import { getToken, sessionCookie } from "@todo/test-support/accounts";
import { type AppServer, startAppServer } from "@todo/test-support/app-server";
import { freePort } from "@todo/test-support/free-port";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { WEB_DIR } from "../support/web-dir";

// A local install: no BETTER_AUTH_URL, so the app's URL is http://localhost:$PORT.
let port: number;
let local: AppServer;
let configured: AppServer;
beforeAll(async () => {
  port = await freePort();
  const database = { DATABASE_URL: inject("databaseUrl") };
  [local, configured] = await Promise.all([
    startAppServer(WEB_DIR, { ...database, BETTER_AUTH_URL: "", PORT: String(port) }, port),
    startAppServer(WEB_DIR, database),
  ]);
});
afterAll(() => Promise.all([local?.stop(), configured?.stop()]));

function signUpFrom(server: AppServer, origin: string) {
  return fetch(`${server.url}/api/auth/sign-up/email`, {
    method: "POST",
    headers: { Origin: origin, "Content-Type": "application/json" },
    body: JSON.stringify({ name: "Local", email: `${randomUUID()}@example.com`, password: "correct horse battery" }),
  });
}

describe("a local install without BETTER_AUTH_URL", () => {
  it.each(["localhost", "127.0.0.1", "[::1]"])("signs up a browser opened on http://%s:<port>", async (host) => {
    const response = await signUpFrom(local, `http://${host}:${port}`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { user: { id: string } };
    // The session works through the API: its token is issued for the app's one URL, localhost.
    const token = await getToken(local.url, sessionCookie(response));
    const tasks = await fetch(`${local.url}/api/${body.user.id}/tasks`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(tasks.status).toBe(200);
  });

  it.each([
    ["another port", () => `http://127.0.0.1:${port + 1}`],
    ["another scheme", () => `https://127.0.0.1:${port}`],
    ["another host", () => `http://127.0.0.2:${port}`],
  ])("still refuses an Origin on %s", async (_, origin) => {
    const response = await signUpFrom(local, origin());
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ code: "INVALID_ORIGIN" });
  });

  it("says where to open it once it is up", () => {
    const ready = local
      .output()
      .split("\n")
      .filter((line) => line.startsWith("{"))
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .find((line) => line.event === "listening");
    expect(ready).toMatchObject({ level: "info", url: `http://localhost:${port}` });
  });
});

describe("an install with BETTER_AUTH_URL set", () => {
  it("trusts that origin alone, not the other loopback names", async () => {
    const { port: own } = new URL(configured.url);
    expect((await signUpFrom(configured, configured.url)).status).toBe(200);
    for (const origin of [`http://localhost:${own}`, `http://[::1]:${own}`]) {
      expect((await signUpFrom(configured, origin)).status, origin).toBe(403);
    }
  });
});
