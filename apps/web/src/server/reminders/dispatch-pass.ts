import "server-only";
import { randomUUID } from "node:crypto";
import {
  type ClaimedReminder,
  claimDueReminders,
  countDueReminders,
  deleteGonePushSubscriptions,
  type PushSubscriptionRow,
  pushSubscriptionsOf,
  type ReminderOutcome,
  settleReminder,
} from "@todo/db";
import { getDb } from "../db";
import { errorForLog } from "../error-for-log";
import { log } from "../log";
import { isAllowedEndpoint } from "../push/endpoint-policy";
import type { PushResult } from "../push/push-result";
import { sendPush } from "../push/send-push";
import { MAX_ATTEMPTS, retryDelaySeconds } from "./backoff";
import { reminderMessage } from "./reminder-message";

/** How long a claim holds: longer than a pass can take, so that a reminder in flight is never claimed again. */
export const LEASE_SECONDS = 300;
const BATCH = 50;
/** A reminder sent more than this after its time counts as late (the metric an operator watches). */
const LATE_AFTER_SECONDS = 60;

export interface PassSummary {
  claimed: number;
  sent: number;
  retried: number;
  failed: number;
  /** Sent more than a minute after their time. */
  late: number;
  /** Due and still unsent once the pass ended (retries waiting for their backoff are not due yet). */
  backlog: number;
  /** Outcomes not yet recorded (the database went away after the sends): recorded first by the next pass. */
  unsettled: number;
}

/** A dispatcher's claims and what became of the ones it sent but could not record yet. */
export interface DispatcherState {
  token: string;
  unsettled: ReminderOutcome[];
  /** Set on SIGTERM: claim no more (the claims held are still sent and recorded). */
  stopping: boolean;
}

export function newDispatcherState(): DispatcherState {
  return { token: randomUUID(), unsettled: [], stopping: false };
}

/**
 * One pass: record what an earlier pass sent but could not record (so that nothing sent goes out again), then
 * claim the due reminders in batches and send each to its user's subscriptions. A subscription its push service
 * answers 404/410 is deleted; a 429, 5xx or time-out leaves the reminder for a retry with backoff (skipping the
 * subscriptions already reached). A reminder done with is `sent` when it reached a device, `failed` when it reached
 * none (no subscription, every push refused or gone, or its attempts ran out). Throws when the database is away.
 */
export async function runDispatchPass(state: DispatcherState): Promise<PassSummary> {
  const summary: PassSummary = { claimed: 0, sent: 0, retried: 0, failed: 0, late: 0, backlog: 0, unsettled: 0 };
  await settleAll(state);
  while (!state.stopping) {
    const claimed = await claimDueReminders(getDb(), { token: state.token, leaseSeconds: LEASE_SECONDS, limit: BATCH });
    summary.claimed += claimed.length;
    if (claimed.length === 0) break;
    const subscriptions = await pushSubscriptionsOf(getDb(), [...new Set(claimed.map((r) => r.userId))]);
    const outcomes = await Promise.all(
      claimed.map((reminder) =>
        deliver(
          reminder,
          subscriptions.filter((s) => s.userId === reminder.userId),
        ),
      ),
    );
    for (const [index, outcome] of outcomes.entries()) {
      if (outcome.state === "sent" && (claimed[index] as ClaimedReminder).lateSeconds > LATE_AFTER_SECONDS)
        summary.late++;
      if (outcome.state === "sent") summary.sent++;
      else if (outcome.state === "retry") summary.retried++;
      else summary.failed++;
    }
    state.unsettled.push(...outcomes);
    try {
      await settleAll(state);
    } catch (error) {
      summary.unsettled = state.unsettled.length;
      throw error;
    }
    if (claimed.length < BATCH) break;
  }
  summary.backlog = await countDueReminders(getDb());
  return summary;
}

/** Records the outcomes held, keeping those the database did not take (it went away) for the next try. */
async function settleAll(state: DispatcherState): Promise<void> {
  while (state.unsettled.length > 0) {
    const outcome = state.unsettled[0] as ReminderOutcome;
    await settleReminder(getDb(), state.token, outcome);
    state.unsettled.shift();
  }
}

async function deliver(reminder: ClaimedReminder, subscriptions: PushSubscriptionRow[]): Promise<ReminderOutcome> {
  const message = reminderMessage(reminder);
  const targets = subscriptions.filter((s) => !reminder.deliveredTo.includes(s.id) && isAllowedEndpoint(s.endpoint));
  const topic = `reminder-${reminder.id}`;
  const results = await Promise.all(
    targets.map(async (s) => ({ id: s.id, result: await sendPush(s, message, topic) })),
  );
  const gone = results.filter((r) => r.result.kind === "gone").map((r) => r.id);
  if (gone.length > 0) {
    await deleteGonePushSubscriptions(getDb(), gone).catch((error: unknown) =>
      log("warn", "push_subscription_delete_failed", { error: errorForLog(error) }),
    );
  }
  for (const { result } of results) logResult(reminder, result);
  const reached = [...reminder.deliveredTo, ...results.filter((r) => r.result.kind === "delivered").map((r) => r.id)];
  const retries = results.flatMap((r) => (r.result.kind === "retry" ? [r.result] : []));
  // Done when no push service asked for a retry, or after the last attempt: sent if it reached a device, else failed
  // (every push refused or gone, or the user has no subscription: nothing shows it but an open page).
  if (retries.length === 0 || reminder.attempts >= MAX_ATTEMPTS) {
    return { id: reminder.id, state: reached.length > 0 ? "sent" : "failed" };
  }
  const retryAfter = Math.max(...retries.map((r) => r.retryAfterSeconds ?? 0));
  return {
    id: reminder.id,
    state: "retry",
    retryInSeconds: retryDelaySeconds(reminder.attempts, retryAfter),
    deliveredTo: reached,
  };
}

function logResult(reminder: ClaimedReminder, result: PushResult) {
  const fields = { reminderId: reminder.id, attempt: reminder.attempts, result: result.kind };
  if (result.kind === "delivered") log("info", "reminder_delivered", fields);
  else log("warn", "reminder_push_failed", { ...fields, status: result.status });
}
