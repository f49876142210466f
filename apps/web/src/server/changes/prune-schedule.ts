import "server-only";
import { pruneChanges } from "@todo/db";
import { getDb } from "../db";
import { errorForLog } from "../error-for-log";
import { log } from "../log";
import { onShutdown } from "../shutdown/shutdown-registry";

const HOUR_MS = 3_600_000;

/**
 * Prunes the change log hourly from every instance, the first time a few minutes after start (instances
 * started together spread out). Running on many at once is safe; a failure waits for the next hour.
 */
export function scheduleChangePruning(): void {
  const prune = async () => {
    try {
      const deleted = await pruneChanges(getDb());
      log(deleted > 0 ? "info" : "debug", "changes_pruned", { deleted });
    } catch (error) {
      log("warn", "changes_prune_failed", { error: errorForLog(error) });
    }
  };
  let timer: NodeJS.Timeout = setTimeout(
    () => {
      void prune();
      timer = setInterval(() => void prune(), HOUR_MS).unref();
    },
    60_000 + Math.random() * 5 * 60_000,
  ).unref();
  onShutdown("background", "change-pruning", () => clearTimeout(timer));
}
