import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtemp, readdir, readlink, rm, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { migrateUpAt } from "@todo/db/migrate";
import { authHeaders, signIn } from "@todo/test-support/accounts";
import { type AppServer, startAppServer } from "@todo/test-support/app-server";
import { createTestDatabase, type TestDatabase } from "@todo/test-support/test-database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WEB_DIR } from "../support/web-dir";

const run = promisify(execFile);

/**
 * The built app copied without the password estimator's thread (its `[worker thread]` chunks), as a deployment that
 * lost them would be: the copy shares the build's dependencies (a link to its node_modules), not its cache.
 */
async function buildWithoutWorkerChunks(): Promise<{ dir: string; removed: string[] }> {
  const dir = await mkdtemp(path.join(tmpdir(), "todo-web-without-worker-"));
  await run(
    "sh",
    ["-c", `tar --exclude=./node_modules --exclude=./.next/cache --exclude=./tests -cf - . | tar -xf - -C "${dir}"`],
    { cwd: WEB_DIR },
  );
  await symlink(path.join(WEB_DIR, "node_modules"), path.join(dir, "node_modules"));
  // The build links its external packages (`.next/node_modules/pg-<hash>`, …) relative to the workspace's root:
  // the copy's links point where the build's do.
  const externals = path.join(WEB_DIR, ".next/node_modules");
  for (const entry of await readdir(externals, { recursive: true, withFileTypes: true })) {
    if (!entry.isSymbolicLink()) continue;
    const link = path.join(entry.parentPath, entry.name);
    const copied = path.join(dir, ".next/node_modules", path.relative(externals, link));
    await rm(copied);
    await symlink(path.resolve(entry.parentPath, await readlink(link)), copied);
  }
  const removed: string[] = [];
  for (const chunks of [".next/server/chunks", ".next/server/chunks/ssr"]) {
    for (const name of await readdir(path.join(dir, chunks))) {
      if (!name.startsWith("[worker thread]")) continue;
      await rm(path.join(dir, chunks, name));
      removed.push(name);
    }
  }
  return { dir, removed };
}

function signUp(app: AppServer, password: string) {
  return fetch(`${app.url}/api/auth/sign-up/email`, {
    method: "POST",
    headers: authHeaders(app.url),
    body: JSON.stringify({ name: "Ada", email: `${randomUUID()}@example.com`, password }),
  });
}

/** The JSON lines the server logged with this event. */
function logged(app: AppServer, event: string): Record<string, unknown>[] {
  return app
    .output()
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .filter((line) => line.event === event);
}

describe("a built app whose password thread's chunk is missing", () => {
  let copy: { dir: string; removed: string[] };
  let database: TestDatabase;
  let app: AppServer;

  beforeAll(async () => {
    copy = await buildWithoutWorkerChunks();
    database = await createTestDatabase("todo_no_worker", { setUp: migrateUpAt });
    app = await startAppServer(copy.dir, { DATABASE_URL: database.url });
  }, 60_000);

  afterAll(async () => {
    await app?.stop();
    await database?.drop();
    if (copy) await rm(copy.dir, { recursive: true, force: true });
  });

  it("still signs people up, refuses a guessable password, and logs why the thread failed, once", async () => {
    // The build has the thread's chunk for the route handlers, and another for server rendering.
    expect(copy.removed.filter((name) => name.endsWith(".js"))).toHaveLength(2);
    const strong = await signUp(app, "correct horse battery staple");
    expect(strong.status).toBe(200);
    const weak = await signUp(app, "password123");
    expect([weak.status, await weak.json()]).toEqual([
      400,
      { code: "PASSWORD_TOO_WEAK", message: "Too easy to guess. This is a commonly used password." },
    ]);
    const again = await signUp(app, "a second strong passphrase here");
    expect(again.status).toBe(200);
    // The account is made as any other: it signs in.
    const { user } = (await strong.json()) as { user: { email: string } };
    expect((await signIn(app.url, user.email, "correct horse battery staple")).status).toBe(200);
    // One failed start, then a minute in the server's own thread: one line for three sign-ups.
    expect(logged(app, "password_thread_failed")).toMatchObject([
      {
        level: "error",
        error: expect.stringMatching(/^Error: Cannot find module .*\[worker thread\]/),
        retryInMs: 60_000,
      },
    ]);
  });
});
