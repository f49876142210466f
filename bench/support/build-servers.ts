import { spawnSync } from "node:child_process";

/** Builds the app and the bare Next.js app (`turbo run build`: cached when nothing changed). */
export function buildServers(): void {
  const env = { ...process.env, TURBO_TELEMETRY_DISABLED: "1", NEXT_TELEMETRY_DISABLED: "1" };
  const build = spawnSync(
    "pnpm",
    [
      "exec",
      "turbo",
      "run",
      "build",
      "--filter=@todo/web",
      "--filter=@todo/bench-bare-next",
      "--output-logs=errors-only",
    ],
    { cwd: import.meta.dirname, env, stdio: "inherit" },
  );
  if (build.status !== 0) throw new Error("the build failed");
}
