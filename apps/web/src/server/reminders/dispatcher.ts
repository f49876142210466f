import "server-only";
import { isDatabaseUnavailable } from "@todo/db";
import { env } from "@/env";
import { errorForLog } from "../error-for-log";
import { log } from "../log";
import { recordReminderPassEnded, recordReminderRun } from "../metrics/reminders";
import { onShutdown } from "../shutdown/shutdown-registry";
import { type DispatcherState, newDispatcherState, type PassSummary, runDispatchPass } from "./dispatch-pass";

const globalForDispatcher = globalThis as typeof globalThis & { todoReminderDispatcher?: ReminderDispatcher };

export interface ReminderDispatcher {
  /** Runs one pass now, or waits for the one running (the cron route). */
  runPass(): Promise<PassSummary>;
}

/**
 * The instance's dispatcher: a pass every REMINDER_DISPATCH_SECONDS (none with 0: a host calling the cron route
 * instead), never two at once. On the shutdown signal it stops: no pass starts after, and the one running sends
 * the reminders it has claimed, records them and claims no more, while the requests in flight drain (the pools
 * close only after it).
 */
function createDispatcher(): ReminderDispatcher {
  const state: DispatcherState = newDispatcherState();
  let running: Promise<PassSummary> | null = null;
  let timer: NodeJS.Timeout | undefined;

  const pass = () => {
    running ??= runDispatchPass(state)
      .then((summary) => {
        if (summary.claimed > 0) log("info", "reminder_pass", { ...summary });
        recordReminderRun(summary);
        return summary;
      })
      .finally(() => {
        running = null;
        recordReminderPassEnded();
      });
    return running;
  };

  const tick = async () => {
    try {
      await pass();
    } catch (error) {
      log(isDatabaseUnavailable(error) ? "warn" : "error", "reminder_pass_failed", { error: errorForLog(error) });
    }
    if (!state.stopping) timer = setTimeout(() => void tick(), env.REMINDER_DISPATCH_SECONDS * 1000).unref();
  };

  if (env.REMINDER_DISPATCH_SECONDS > 0) timer = setTimeout(() => void tick(), 1_000).unref();
  onShutdown("signal", "reminder-dispatcher", async () => {
    state.stopping = true;
    clearTimeout(timer);
    const inFlight = running !== null;
    await running?.catch(() => undefined);
    log("info", "reminder_dispatcher_stopped", { passInFlight: inFlight, unsettled: state.unsettled.length });
  });
  return { runPass: pass };
}

/** The instance's one dispatcher, kept on globalThis so that dev reloads do not start another. */
export function getReminderDispatcher(): ReminderDispatcher {
  globalForDispatcher.todoReminderDispatcher ??= createDispatcher();
  return globalForDispatcher.todoReminderDispatcher;
}
