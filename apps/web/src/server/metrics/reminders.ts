import "server-only";
import { Counter, Gauge } from "prom-client";
import { metric } from "./registry";

/** For the reminder dispatcher: what each run sent, failed to send and sent late, what is still due, and when it last ran. */
export const reminderMetrics = {
  sent: () =>
    metric(
      "reminders_sent_total",
      (registry) => new Counter({ name: "reminders_sent_total", help: "Reminders delivered", registers: [registry] }),
    ),
  failed: () =>
    metric(
      "reminders_failed_total",
      (registry) =>
        new Counter({ name: "reminders_failed_total", help: "Reminders whose delivery failed", registers: [registry] }),
    ),
  late: () =>
    metric(
      "reminders_late_total",
      (registry) =>
        new Counter({
          name: "reminders_late_total",
          help: "Reminders delivered more than a minute after their time",
          registers: [registry],
        }),
    ),
  backlog: () =>
    metric(
      "reminders_backlog",
      (registry) =>
        new Gauge({
          name: "reminders_backlog",
          help: "Reminders due and not yet sent, as the dispatcher last counted them",
          registers: [registry],
        }),
    ),
  lastPass: () =>
    metric(
      "reminders_last_pass_timestamp_seconds",
      (registry) =>
        new Gauge({
          name: "reminders_last_pass_timestamp_seconds",
          help: "When the dispatcher last ended a pass, failed ones included (0: none yet)",
          registers: [registry],
        }),
    ),
};

/** One dispatcher run's outcome, recorded in one call. */
export function recordReminderRun(run: { sent: number; failed: number; late: number; backlog: number }): void {
  reminderMetrics.sent().inc(run.sent);
  reminderMetrics.failed().inc(run.failed);
  reminderMetrics.late().inc(run.late);
  reminderMetrics.backlog().set(run.backlog);
}

/** A pass ended, sent or failed: a dispatcher that stops passing (stuck, or its loop dead) shows by this. */
export function recordReminderPassEnded(): void {
  reminderMetrics.lastPass().setToCurrentTime();
}

/** Registered at start, so that a scrape shows the series at 0 before the first run (alerts need them). */
export function registerReminderMetrics(): void {
  for (const create of Object.values(reminderMetrics)) create();
}
