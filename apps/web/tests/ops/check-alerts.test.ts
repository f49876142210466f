import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { WEB_DIR } from "../support/web-dir";

const SCRIPT = path.resolve(WEB_DIR, "../../deploy/prometheus/check-alerts.sh");

// A PATH with what the script needs besides promtool: as on a machine without Prometheus installed.
const bin = mkdtempSync(path.join(tmpdir(), "no-promtool-"));
symlinkSync(spawnSync("sh", ["-c", "command -v dirname"], { encoding: "utf8" }).stdout.trim(), `${bin}/dirname`);

afterAll(() => rmSync(bin, { recursive: true, force: true }));

const withoutPromtool = (env: Record<string, string>) =>
  spawnSync("/bin/sh", [SCRIPT], { encoding: "utf8", env: { NODE_ENV: "test", PATH: bin, ...env } });

it("fails the alerting rules check in CI when promtool is missing, so that CI never passes without it", () => {
  const run = withoutPromtool({ CI: "true" });
  expect(run.stdout).toContain("promtool not found");
  expect(run.status).toBe(1);
});

it("skips it (exit 3) on a workstation without promtool", () => {
  const run = withoutPromtool({});
  expect(run.stdout).toContain("promtool not found");
  expect(run.status).toBe(3);
});
