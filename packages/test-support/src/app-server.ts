import { type ChildProcess, spawn } from "node:child_process";
import { freePort } from "./free-port";
import { TEST_VAPID } from "./vapid-keys";

export const TEST_SECRET = "test-secret-that-is-at-least-32-characters-long";

/** This process's environment without Vitest's markers, which libraries read as "relax checks, this is a test". */
function productionEnvironment(): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(VITEST|TEST$|NODE_ENV$)/.test(key)));
}

/** The environment a test instance at `url` runs with: production mode, as a deployment sets it up. */
export function appServerEnvironment(url: string): NodeJS.ProcessEnv {
  return {
    ...productionEnvironment(),
    HOSTNAME: "127.0.0.1",
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    BETTER_AUTH_URL: url,
    BETTER_AUTH_SECRET: TEST_SECRET,
    // Suites sign up hundreds of accounts from 127.0.0.1, and every instance on a database counts
    // them together: a generous sign-in/up limit unless a test sets its own.
    AUTH_RATE_LIMIT_MAX: "10000",
    // Likewise reset and verification mails, counted per client address (all 127.0.0.1 here).
    MAIL_RATE_LIMIT_MAX: "10000",
    // Required in production with a DATABASE_URL, as in a deployment.
    VAPID_PUBLIC_KEY: TEST_VAPID.publicKey,
    VAPID_PRIVATE_KEY: TEST_VAPID.privateKey,
    VAPID_SUBJECT: "mailto:tests@example.com",
    // Required there too. A port nothing listens on: a suite that reads mail starts an inbox (smtp-inbox.ts)
    // and passes its URL; any other's mail fails, logged.
    SMTP_URL: "smtp://127.0.0.1:9",
  };
}

export interface AppServer {
  url: string;
  /** Everything the server printed so far, stdout and stderr as they came. */
  output: () => string;
  stop: () => Promise<void>;
}

/**
 * Starts the built app in `appDir` on a free port with the given environment, through its package's
 * `start` script: the command a deployment runs, its Node.js options included.
 */
export async function startAppServer(appDir: string, env: Record<string, string>, port?: number): Promise<AppServer> {
  port ??= await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn("pnpm", ["run", "--silent", "start", "--port", String(port)], {
    cwd: appDir,
    env: { ...appServerEnvironment(url), ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  child.stdout?.on("data", (chunk) => {
    output += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    output += chunk;
  });
  const stop = async () => {
    // pnpm runs next start, which forks next-server: stop the whole process group, and wait for all of it
    // (pnpm exits at once; the server drains first), so that nothing still uses the database dropped next.
    const group = -(child.pid as number);
    const alive = () => {
      try {
        process.kill(group, 0);
        return true;
      } catch {
        return false;
      }
    };
    if (!alive()) return;
    process.kill(group, "SIGTERM");
    for (const deadline = Date.now() + 20_000; alive() && Date.now() < deadline; ) {
      await new Promise((r) => setTimeout(r, 50));
    }
    if (alive()) process.kill(group, "SIGKILL");
  };
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      // pnpm gone does not mean next-server is: it may still hold the port and the database.
      await stop();
      throw new Error(`next start exited early:\n${output}`);
    }
    try {
      if ((await fetch(`${url}/api/health`)).ok) return { url, output: () => output, stop };
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  // A server that never answered is stopped too: the caller has nothing to stop it with.
  await stop();
  throw new Error(`next start did not answer in time:\n${output}`);
}
