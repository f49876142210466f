import type { ChangeType } from "@todo/contracts";
import { and, asc, eq, gt, inArray, sql } from "drizzle-orm";
import type { Database } from "../client";
import { type ListWithCount, listWithCount } from "../lists/list-columns";
import { change, changeFeed, list, task, type UserSettingsRow, userSettings } from "../schema";
import { type TaskWithSubtasks, taskWithSubtasks } from "../tasks/task-columns";
import { checkSince, type LogPosition, logHead } from "./log-position";

/** One change, with the resource as it is now: null for a deletion. */
export interface ChangeEntry {
  seq: number;
  type: ChangeType;
  /** The task's or list's id; null for settings. */
  id: number | null;
  task: TaskWithSubtasks | null;
  list: ListWithCount | null;
  settings: UserSettingsRow | null;
  /** When the change was written (its transaction's start): how late a live stream delivers it. */
  committedAt: Date;
}

export interface ChangeLogPage {
  changes: ChangeEntry[];
  /** The seq to read on from: the last one this page went through, which it may have left out (see below). */
  next: number;
  hasMore: boolean;
}

const TASK_UPSERTS: ChangeType[] = ["task.created", "task.updated"];
const LIST_UPSERTS: ChangeType[] = ["list.created", "list.updated"];

/** Where the user's log stands now (a user with no change yet: nothing given out, nothing pruned). */
export async function logPosition(db: Database, userId: string): Promise<LogPosition> {
  const [row] = await db
    .select({ head: logHead, prunedThrough: changeFeed.prunedThrough })
    .from(changeFeed)
    .where(eq(changeFeed.userId, userId));
  return row ?? { head: 0, prunedThrough: 0 };
}

/**
 * The user's changes after `since`, oldest first, at most `limit`, each with its task or list as it is
 * now; `since: "now"` answers none and where the log stands. One statement, so the log's position, its
 * rows and the resources are read at one instant: a prune that removed changes after `since` is
 * ChangesGoneError, never a silent gap. A created or updated resource that no longer exists is left out:
 * its deletion follows in the log.
 */
export async function listChanges(
  db: Database,
  userId: string,
  { since, limit }: { since: number | "now"; limit: number },
): Promise<ChangeLogPage> {
  if (since === "now") return { changes: [], next: (await logPosition(db, userId)).head, hasMore: false };
  const page = db
    .select({ seq: change.seq, type: change.type, entityId: change.entityId, createdAt: change.createdAt })
    .from(change)
    .where(and(eq(change.userId, userId), gt(change.seq, since)))
    .orderBy(asc(change.seq))
    .limit(limit + 1)
    .as("page");
  const rows = await db
    .select({
      head: logHead,
      prunedThrough: changeFeed.prunedThrough,
      seq: page.seq,
      type: page.type,
      entityId: page.entityId,
      committedAt: page.createdAt,
      task: taskWithSubtasks,
      list: listWithCount,
      settings: userSettings,
    })
    .from(changeFeed)
    .leftJoin(page, sql`true`)
    .leftJoin(task, and(inArray(page.type, TASK_UPSERTS), eq(task.id, page.entityId), eq(task.userId, userId)))
    .leftJoin(list, and(inArray(page.type, LIST_UPSERTS), eq(list.id, page.entityId), eq(list.userId, userId)))
    .leftJoin(userSettings, and(eq(page.type, "settings.updated"), eq(userSettings.userId, userId)))
    .where(eq(changeFeed.userId, userId))
    .orderBy(asc(page.seq));
  checkSince(since, rows[0] ?? { head: 0, prunedThrough: 0 });
  const found = rows.filter((row) => row.seq !== null);
  const read = found.slice(0, limit);
  const changes: ChangeEntry[] = [];
  for (const row of read) {
    const type = row.type as ChangeType;
    const entry = {
      seq: row.seq as number,
      type,
      id: row.entityId,
      task: row.task,
      list: row.list,
      settings: row.settings,
      committedAt: new Date(row.committedAt as Date | string),
    };
    if ((TASK_UPSERTS.includes(type) && !entry.task) || (LIST_UPSERTS.includes(type) && !entry.list)) continue;
    if (type === "settings.updated" && !entry.settings) continue;
    changes.push(entry);
  }
  return { changes, next: read.at(-1)?.seq ?? since, hasMore: found.length > limit };
}
