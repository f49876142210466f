import { caseKey, LIST_NAME_MAX, LISTS_MAX, type Recurrence, type Reminder, type TaskPriority } from "@todo/contracts";
import { formatRule, parseRule } from "@todo/dates";
import { and, count, eq, isNull, max, sql } from "drizzle-orm";
import { generateNKeysBetween } from "fractional-indexing";
import type { Database } from "../client";
import { runTransaction, type Transaction } from "../client/run-transaction";
import { FieldRuleError } from "../field-rule-error";
import { insertInbox } from "../lists/list-columns";
import { list, task, taskCompletion, user } from "../schema";
import { textKey } from "../schema/text-key";

/** A list to add; `isInbox`: its tasks go into the user's own Inbox, and no list is made for it. */
export interface ImportList {
  name: string;
  color: string | null;
  isInbox: boolean;
}

/** A task to add, its list and parent by index into the plan's lists and tasks (a parent comes before its subtasks). */
export interface ImportTask {
  list: number;
  parent: number | null;
  title: string;
  description: string;
  completed: boolean;
  priority: TaskPriority;
  tags: string[];
  dueDate: string | null;
  dueTime: string | null;
  recurrence: Recurrence | null;
  reminders: Reminder[];
  /** Kept from the source when it has one, so that "newest first" orders as it did there. */
  createdAt: Date | null;
}

export interface ImportCompletion {
  task: number;
  dueDate: string;
  dueTime: string | null;
  completedAt: Date;
}

/** What an import adds, checked by the caller against the contracts; the order of each scope's tasks is the plan's. */
export interface ImportPlan {
  lists: ImportList[];
  tasks: ImportTask[];
  completions: ImportCompletion[];
}

export interface ImportResult {
  lists: number;
  tasks: number;
  subtasks: number;
  completions: number;
  /** Each list renamed because the user has one of its name. */
  renamed: Array<{ from: string; to: string }>;
}

// PostgreSQL takes at most 65,535 parameters a statement: a task row has about 15.
const CHUNK = 1000;

/** Thrown inside the transaction of a dry run, to roll back what it wrote. */
class DryRun extends Error {
  constructor(readonly result: ImportResult) {
    super("dry run");
  }
}

/**
 * Adds a plan's lists, tasks and completions to the user's, in one transaction: all or nothing. Never overwrites:
 * each list is new (a name the user has gets a suffix, " (2)"), the Inbox's tasks go after the user's Inbox tasks,
 * ids are fresh and the plan's ties are re-linked to them. Settings are not touched. Each insert reaches the change
 * log through the tables' triggers, as any write does, so live streams see the import when it commits.
 * `dryRun`: the same writes, rolled back; the result says what they would have added.
 */
export async function importAccount(
  db: Database,
  userId: string,
  plan: ImportPlan,
  options: { dryRun?: boolean } = {},
): Promise<ImportResult> {
  try {
    return await runTransaction(db, async (tx) => {
      const result = await write(tx, userId, plan);
      if (options.dryRun) throw new DryRun(result);
      return result;
    });
  } catch (error) {
    if (error instanceof DryRun) return error.result;
    throw error;
  }
}

async function write(tx: Transaction, userId: string, plan: ImportPlan): Promise<ImportResult> {
  // List creations of one user take turns (as createList's), so the limit and the names hold.
  await tx.select({ id: user.id }).from(user).where(eq(user.id, userId)).for("no key update");
  const { listIds, renamed } = await addLists(tx, userId, plan.lists);
  const taskIds = await addTasks(tx, userId, plan.tasks, listIds);
  if (plan.completions.length > 0) {
    for (let i = 0; i < plan.completions.length; i += CHUNK) {
      await tx.insert(taskCompletion).values(
        plan.completions.slice(i, i + CHUNK).map((c) => ({
          userId,
          taskId: taskIds[c.task] as number,
          dueDate: c.dueDate,
          dueTime: c.dueTime,
          // Where in its series the occurrence was is not in the source: undoing it restarts the count there.
          seriesOccurrence: 1,
          completedAt: c.completedAt,
        })),
      );
    }
  }
  const subtasks = plan.tasks.filter((t) => t.parent !== null).length;
  return {
    lists: plan.lists.filter((l) => !l.isInbox).length,
    tasks: plan.tasks.length - subtasks,
    subtasks,
    completions: plan.completions.length,
    renamed,
  };
}

async function addLists(tx: Transaction, userId: string, lists: ImportList[]) {
  const [mine] = await tx
    .select({ lists: count(), last: max(list.position) })
    .from(list)
    .where(eq(list.userId, userId));
  const adding = lists.filter((l) => !l.isInbox);
  if ((mine?.lists ?? 0) + adding.length > LISTS_MAX) {
    throw new FieldRuleError(
      "lists",
      `A user has at most ${LISTS_MAX} lists: this import would make ${(mine?.lists ?? 0) + adding.length}`,
    );
  }
  const taken = new Set(
    (
      await tx
        .select({ name: sql<string>`${textKey(list.name)}` })
        .from(list)
        .where(eq(list.userId, userId))
    ).map((r) => r.name),
  );
  const renamed: ImportResult["renamed"] = [];
  const names = adding.map((l) => {
    const name = freeName(l.name, taken);
    taken.add(caseKey(name));
    if (name !== l.name) renamed.push({ from: l.name, to: name });
    return name;
  });
  const keys = generateNKeysBetween(mine?.last ?? null, null, adding.length);
  const inserted =
    adding.length === 0
      ? []
      : await tx
          .insert(list)
          .values(
            adding.map((l, i) => ({ userId, name: names[i] as string, color: l.color, position: keys[i] as string })),
          )
          .returning({ id: list.id, position: list.position });
  const idByKey = new Map(inserted.map((r) => [r.position, r.id]));
  const inbox = lists.some((l) => l.isInbox) ? await inboxId(tx, userId) : 0;
  let next = 0;
  const listIds = lists.map((l) => (l.isInbox ? inbox : (idByKey.get(keys[next++] as string) as number)));
  return { listIds, renamed };
}

/**
 * The name, or the first "name (n)" that the user has no list of, within the name's limit. `taken` holds the names'
 * keys as the unique index makes them (textKey, which `caseKey` mirrors: `ΣΑΣ` and `σασ` are one name, and so are
 * `Café` typed with one code point for `é` and with two).
 */
function freeName(name: string, taken: Set<string>): string {
  if (!taken.has(caseKey(name)) && caseKey(name) !== "inbox") return name;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${[...name].slice(0, LIST_NAME_MAX - suffix.length).join("")}${suffix}`;
    if (!taken.has(caseKey(candidate))) return candidate;
  }
}

async function inboxId(tx: Transaction, userId: string): Promise<number> {
  await insertInbox(tx, userId);
  const [found] = await tx
    .select({ id: list.id })
    .from(list)
    .where(and(eq(list.userId, userId), eq(list.isInbox, true)))
    .for("no key update");
  if (!found) throw new Error("The user has no Inbox and none could be made");
  return found.id;
}

/** Inserts the top-level tasks, then the subtasks under their new parents; each scope's keys follow the plan's order. */
async function addTasks(tx: Transaction, userId: string, tasks: ImportTask[], listIds: number[]): Promise<number[]> {
  const ids: number[] = new Array(tasks.length);
  const topLevel = tasks.flatMap((t, i) => (t.parent === null ? [i] : []));
  const subtasks = tasks.flatMap((t, i) => (t.parent === null ? [] : [i]));

  // A list that has tasks already (the Inbox) gets the imported ones after its own.
  const byList = groupBy(topLevel, (i) => listIds[(tasks[i] as ImportTask).list] as number);
  const placed: Array<{ index: number; listId: number; parentId: number | null; position: string }> = [];
  for (const [listId, members] of byList) {
    const [last] = await tx
      .select({ key: max(task.position) })
      .from(task)
      .where(and(eq(task.userId, userId), eq(task.listId, listId), isNull(task.parentId)));
    const keys = generateNKeysBetween(last?.key ?? null, null, members.length);
    for (const [k, index] of members.entries())
      placed.push({ index, listId, parentId: null, position: keys[k] as string });
  }
  await insertPlaced(tx, userId, tasks, placed, ids);

  const byParent = groupBy(subtasks, (i) => (tasks[i] as ImportTask).parent as number);
  const placedSubtasks: typeof placed = [];
  for (const [parent, members] of byParent) {
    const keys = generateNKeysBetween(null, null, members.length);
    const parentId = ids[parent] as number;
    const listId = listIds[(tasks[parent] as ImportTask).list] as number;
    for (const [k, index] of members.entries())
      placedSubtasks.push({ index, listId, parentId, position: keys[k] as string });
  }
  await insertPlaced(tx, userId, tasks, placedSubtasks, ids);
  return ids;
}

/** Inserts in chunks; each new id is matched back by its scope and key, which are unique among the rows inserted. */
async function insertPlaced(
  tx: Transaction,
  userId: string,
  tasks: ImportTask[],
  placed: Array<{ index: number; listId: number; parentId: number | null; position: string }>,
  ids: number[],
) {
  const scopeKey = (listId: number, parentId: number | null, position: string) => `${listId}/${parentId}/${position}`;
  for (let i = 0; i < placed.length; i += CHUNK) {
    const chunk = placed.slice(i, i + CHUNK);
    const rows = await tx
      .insert(task)
      .values(
        chunk.map((p) => {
          const t = tasks[p.index] as ImportTask;
          return {
            userId,
            listId: p.listId,
            parentId: p.parentId,
            position: p.position,
            title: t.title,
            description: t.description,
            completed: t.completed,
            priority: t.priority,
            tags: t.tags,
            dueDate: t.dueDate,
            dueTime: t.dueTime,
            ...storedRecurrence(t.recurrence),
            reminders: t.reminders.map((r) => r.minutesBefore).sort((a, b) => a - b),
            ...(t.createdAt ? { createdAt: t.createdAt } : {}),
          };
        }),
      )
      .returning({ id: task.id, listId: task.listId, parentId: task.parentId, position: task.position });
    const idOf = new Map(rows.map((r) => [scopeKey(r.listId, r.parentId, r.position), r.id]));
    for (const p of chunk) ids[p.index] = idOf.get(scopeKey(p.listId, p.parentId, p.position)) as number;
  }
}

function storedRecurrence(recurrence: Recurrence | null) {
  if (recurrence === null) return { recurrenceRule: null, recurrenceFrom: null };
  const parsed = parseRule(recurrence.rule);
  if (!parsed.ok) throw new FieldRuleError("recurrence.rule", parsed.problems[0]?.message ?? "Not a rule");
  return { recurrenceRule: formatRule(parsed.rule), recurrenceFrom: recurrence.from };
}

function groupBy<K>(indexes: number[], key: (index: number) => K): Map<K, number[]> {
  const groups = new Map<K, number[]>();
  for (const index of indexes) {
    const k = key(index);
    const group = groups.get(k);
    if (group) group.push(index);
    else groups.set(k, [index]);
  }
  return groups;
}
