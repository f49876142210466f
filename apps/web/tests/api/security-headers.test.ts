import { randomUUID } from "node:crypto";
import { authHeaders } from "@todo/test-support/accounts";
import { type AppServer, startAppServer } from "@todo/test-support/app-server";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { WEB_DIR } from "../support/web-dir";

const baseUrl = inject("appUrl");

describe("response headers", () => {
  it("give a page a CSP whose nonce is on every script, and no unsafe-inline scripts", async () => {
    const response = await fetch(`${baseUrl}/sign-in`);
    const csp = response.headers.get("content-security-policy") ?? "";
    const scriptSrc = csp.split("; ").find((d) => d.startsWith("script-src")) ?? "";
    const nonce = scriptSrc.match(/'nonce-([^']+)'/)?.[1];
    expect(nonce).toBeTruthy();
    expect(scriptSrc).not.toContain("unsafe-inline");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("worker-src 'self'");
    const html = await response.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    // A fresh nonce per request.
    const again = (await fetch(`${baseUrl}/sign-in`)).headers.get("content-security-policy");
    expect(again).not.toBe(csp);
  });

  it.each(["/sign-in", "/api/health"])("harden %s against sniffing, framing and referrer leaks", async (path) => {
    const response = await fetch(`${baseUrl}${path}`);
    expect({
      nosniff: response.headers.get("x-content-type-options"),
      frame: response.headers.get("x-frame-options"),
      referrer: response.headers.get("referrer-policy"),
      hsts: response.headers.get("strict-transport-security"),
    }).toEqual({
      nosniff: "nosniff",
      frame: "DENY",
      referrer: "strict-origin-when-cross-origin",
      hsts: "max-age=63072000; includeSubDomains",
    });
  });

  it("send no CORS permission to another origin", async () => {
    const response = await fetch(`${baseUrl}/api/health`, { headers: { Origin: "https://evil.example" } });
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe("session cookies", () => {
  it("are HttpOnly and SameSite=Lax", async () => {
    const response = await fetch(`${baseUrl}/api/auth/sign-up/email`, {
      method: "POST",
      headers: authHeaders(baseUrl),
      body: JSON.stringify({ name: "Cookie", email: `${randomUUID()}@example.com`, password: "long enough pw" }),
    });
    const session = response.headers.getSetCookie().find((c) => c.includes("session_token="));
    expect(session).toMatch(/; HttpOnly/i);
    expect(session).toMatch(/; SameSite=Lax/i);
  });

  describe("behind an https:// URL", () => {
    const publicUrl = "https://todo.example";
    let https: AppServer;
    beforeAll(async () => {
      https = await startAppServer(WEB_DIR, { DATABASE_URL: inject("databaseUrl"), BETTER_AUTH_URL: publicUrl });
    });
    afterAll(() => https?.stop());

    it("are Secure too", async () => {
      const response = await fetch(`${https.url}/api/auth/sign-up/email`, {
        method: "POST",
        headers: authHeaders(publicUrl),
        body: JSON.stringify({ name: "Secure", email: `${randomUUID()}@example.com`, password: "long enough pw" }),
      });
      expect(response.status).toBe(200);
      const session = response.headers.getSetCookie().find((c) => c.includes("session_token="));
      expect(session).toMatch(/; Secure/i);
      expect(session).toMatch(/; HttpOnly/i);
    });
  });
});
