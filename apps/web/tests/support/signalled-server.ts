import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { appServerEnvironment } from "@todo/test-support/app-server";
import { freePort } from "@todo/test-support/free-port";
import { WEB_DIR } from "./web-dir";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface SignalledServer {
  url: string;
  /** Everything the server printed so far, stdout and stderr as they came. */
  output(): string;
  /** Sends SIGTERM to the Node.js process itself; resolves with its exit code and how long it took to exit. */
  terminate(): { signalledAt: number; exited: Promise<{ code: number | null; ms: number }> };
  /** Kills whatever is left of it (a test that failed before it exited). */
  kill(): void;
}

/**
 * The package's start script, run as a deployment runs it (`sh -c`, no pnpm in front), with `env` added: the
 * process a host signals to stop an instance, and its exit code.
 */
export async function startSignalledServer(env: Record<string, string>): Promise<SignalledServer> {
  const { scripts } = JSON.parse(readFileSync(path.join(WEB_DIR, "package.json"), "utf8")) as {
    scripts: { start: string };
  };
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn("sh", ["-c", `${scripts.start} --port ${port}`], {
    cwd: WEB_DIR,
    env: {
      ...appServerEnvironment(url),
      PATH: `${path.join(WEB_DIR, "node_modules/.bin")}:${process.env.PATH}`,
      API_RATE_LIMIT_PER_MINUTE: "100000",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const kill = () => {
    if (child.exitCode === null) process.kill(-(child.pid as number), "SIGKILL");
  };
  for (const deadline = Date.now() + 30_000; Date.now() < deadline; await sleep(100)) {
    if (child.exitCode !== null) throw new Error(`the server exited early:\n${output}`);
    const up = await fetch(`${url}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (up) {
      return {
        url,
        output: () => output,
        terminate() {
          const node = Number(
            execFileSync("ps", ["-o", "pid=", "--ppid", String(child.pid)], { encoding: "utf8" }).trim(),
          );
          const signalledAt = performance.now();
          process.kill(node, "SIGTERM");
          return { signalledAt, exited: exited.then((code) => ({ code, ms: performance.now() - signalledAt })) };
        },
        kill,
      };
    }
  }
  kill();
  throw new Error(`the server did not answer in time:\n${output}`);
}
