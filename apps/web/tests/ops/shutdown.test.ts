import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { appServerEnvironment } from "@todo/test-support/app-server";
import { freePort } from "@todo/test-support/free-port";
import { expect, inject, it } from "vitest";
import { apiUser } from "../support/api-user";
import { openEvents } from "../support/event-stream";
import { WEB_DIR } from "../support/web-dir";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The package's start script, run as a deployment runs it, with the exit code of what it started. */
async function startServer(
  port: number,
): Promise<{ child: ChildProcess; exited: Promise<number | null>; output: () => string }> {
  const { scripts } = JSON.parse(readFileSync(path.join(WEB_DIR, "package.json"), "utf8")) as {
    scripts: { start: string };
  };
  const url = `http://127.0.0.1:${port}`;
  const child = spawn("sh", ["-c", `${scripts.start} --port ${port}`], {
    cwd: WEB_DIR,
    env: {
      ...appServerEnvironment(url),
      PATH: `${path.join(WEB_DIR, "node_modules/.bin")}:${process.env.PATH}`,
      API_RATE_LIMIT_PER_MINUTE: "100000",
      DATABASE_URL: inject("databaseUrl"),
    },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  for (const deadline = Date.now() + 30_000; Date.now() < deadline; await sleep(100)) {
    if (child.exitCode !== null) throw new Error(`the server exited early:\n${output}`);
    if (
      await fetch(`${url}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { child, exited, output: () => output };
  }
  throw new Error(`the server did not answer in time:\n${output}`);
}

type Outcome = { status: number } | { refused: true } | { failed: string };

it("on SIGTERM under load, finishes every request that had started, ends the streams, and exits 0 within 10 s", async () => {
  const port = await freePort();
  const server = await startServer(port);
  const url = `http://127.0.0.1:${port}`;
  try {
    const user = await apiUser(url);
    const stream = await openEvents(url, user);
    const outcomes: Outcome[] = [];
    let stopped = false;
    // Eight clients in a loop over keep-alive connections, as a proxy in front would send them.
    const clients = Array.from({ length: 8 }, async () => {
      while (!stopped) {
        try {
          const response = await fetch(`${url}/api/${user.userId}/tasks?limit=100`, {
            headers: { Authorization: `Bearer ${user.token}` },
          });
          await response.arrayBuffer();
          outcomes.push({ status: response.status });
        } catch (error) {
          const code = (error as { cause?: { code?: string } }).cause?.code;
          // Refused at connect: the request never started (the instance no longer takes connections).
          if (code === "ECONNREFUSED") {
            outcomes.push({ refused: true });
            await sleep(20);
          } else outcomes.push({ failed: `${code ?? ""} ${String(error)}` });
        }
      }
    });
    await sleep(1_500);
    const answeredBefore = outcomes.length;
    const nextServer = Number(
      execFileSync("ps", ["-o", "pid=", "--ppid", String(server.child.pid)], { encoding: "utf8" }).trim(),
    );
    const signalled = performance.now();
    process.kill(nextServer, "SIGTERM");
    const code = await server.exited;
    const took = performance.now() - signalled;
    await sleep(300);
    stopped = true;
    await Promise.all(clients);

    expect(code).toBe(0);
    expect(took).toBeLessThan(10_000);
    expect(answeredBefore).toBeGreaterThan(10);
    expect(outcomes.filter((outcome) => "failed" in outcome)).toEqual([]);
    const statuses = new Set(outcomes.flatMap((outcome) => ("status" in outcome ? [outcome.status] : [])));
    expect([...statuses]).toEqual([200]);
    expect(outcomes.some((outcome) => "refused" in outcome)).toBe(true);
    // The stream was told when to come back, then ended.
    await stream.ended(2_000);
    expect(stream.messages.at(-1)?.retry).toBeGreaterThanOrEqual(500);
    const log = server.output();
    expect(log).toContain('"event":"shutdown_started"');
    expect(log).toMatch(/"event":"shutdown_finished","ms":\d+,"cut":0/);
  } finally {
    if (server.child.exitCode === null) process.kill(-(server.child.pid as number), "SIGKILL");
  }
}, 60_000);
