import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { TEST_VAPID } from "@todo/test-support/vapid-keys";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

// A local install: the app's environment without VAPID_*, its .data/ in a directory of the test's own.
const install = vi.hoisted(() => ({
  root: "",
  env: {} as Record<string, string | undefined>,
}));
vi.mock("server-only", () => ({}));
vi.mock("@/env", () => ({ env: install.env }));
vi.mock("@todo/db", () => ({ defaultDataDir: () => `${install.root}/.data/pglite` }));

/** The server starting afresh: its module loaded anew, nothing cached from a previous start. */
async function start() {
  vi.resetModules();
  return (await import("./vapid")).vapidKeys();
}

const keyFile = () => path.join(install.root, ".data", "vapid.json");

beforeEach(() => {
  install.root = mkdtempSync(path.join(tmpdir(), "vapid-"));
  for (const key of Object.keys(install.env)) delete install.env[key];
  install.env.BETTER_AUTH_URL = "http://localhost:3000";
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(install.root, { recursive: true, force: true });
});

describe("vapidKeys on a local install", () => {
  it("generates a pair into .data/vapid.json (0600) on the first start without keys, and reuses it on the next", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    expect(existsSync(keyFile())).toBe(false);
    const first = await start();
    expect(Buffer.from(first.publicKey, "base64url")).toHaveLength(65);
    expect(Buffer.from(first.privateKey, "base64url")).toHaveLength(32);
    expect(first.subject).toBe("mailto:todo@localhost.invalid");
    expect(JSON.parse(readFileSync(keyFile(), "utf8"))).toEqual({
      publicKey: first.publicKey,
      privateKey: first.privateKey,
    });
    expect(statSync(keyFile()).mode & 0o777).toBe(0o600);
    expect(warn.mock.calls).toEqual([[expect.stringContaining(keyFile())]]);
    // Restarted: the same pair (the browsers' subscriptions were made with its public key), and no new warning.
    expect(await start()).toEqual(first);
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it("takes VAPID_* when they are set, and writes nothing", async () => {
    Object.assign(install.env, {
      VAPID_PUBLIC_KEY: TEST_VAPID.publicKey,
      VAPID_PRIVATE_KEY: TEST_VAPID.privateKey,
      VAPID_SUBJECT: "mailto:ops@example.com",
    });
    expect(await start()).toEqual({
      ...TEST_VAPID,
      subject: "mailto:ops@example.com",
    });
    expect(existsSync(keyFile())).toBe(false);
  });
});
