import { spawnSync } from "node:child_process";

/** `wrk` as named by WRK_PATH, else the one on the PATH (Debian's package puts it in /usr/bin). */
export const WRK = process.env.WRK_PATH || "wrk";

const runs = (command: string, args: string[]) => spawnSync(command, args, { stdio: "ignore" }).error === undefined;

/**
 * The load generator: wrk, native, so that it leaves the two cores to the servers (autocannon, Node, took
 * about as much CPU as the floor it drove). Installed from Debian's packages when missing, as
 * scripts/bootstrap.sh installs Chromium: apt-get, through sudo unless root.
 */
export function ensureWrk(): void {
  if (runs(WRK, ["-v"])) return;
  if (process.env.WRK_PATH) throw new Error(`WRK_PATH=${process.env.WRK_PATH} does not run`);
  console.log("Installing wrk from Debian…");
  const sudo = process.getuid?.() === 0 ? [] : ["sudo"];
  const apt = (args: string[]) => {
    const [command, ...rest] = [...sudo, "apt-get", ...args] as [string, ...string[]];
    const result = spawnSync(command, rest, {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
    if (result.status !== 0) throw new Error(`${[command, ...rest].join(" ")} failed: install wrk and run again`);
  };
  apt(["update", "-qq"]);
  apt(["install", "-y", "-qq", "wrk"]);
  if (!runs(WRK, ["-v"])) throw new Error("wrk was installed but does not run");
}
