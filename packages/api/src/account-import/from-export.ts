import {
  type AccountExport,
  CreateListSchema,
  CreateTaskSchema,
  DueTimeSchema,
  type FieldError,
  fromYearOne,
  SUBTASKS_MAX,
} from "@todo/contracts";
import type { ImportPlan, ImportTask } from "@todo/db";
import { ERRORS_MAX, type ReadResult } from "./read-result";

const INSTANT_FROM_YEAR_ONE = "A time must be 0001-01-01T00:00:00Z or later";

/**
 * An export document (version 1, its shape already checked) as a plan: each list, task and completion checked
 * against the rules a create would apply, each tie (list, parent, task) against the document's own ids. Tasks keep
 * their order (by position, then id) within their list or parent; ids are left behind.
 */
export function fromExport(document: AccountExport): ReadResult {
  const errors: FieldError[] = [];
  const fail = (path: string, message: string) => {
    if (errors.length < ERRORS_MAX) errors.push({ path, message });
  };

  const listIndex = new Map<number, number>();
  const plan: ImportPlan = { lists: [], tasks: [], completions: [] };
  let inboxes = 0;
  document.lists.forEach((list, i) => {
    if (listIndex.has(list.id)) fail(`lists.${i}.id`, "Two lists have this id");
    listIndex.set(list.id, i);
    if (list.isInbox) {
      inboxes++;
      if (inboxes > 1) fail(`lists.${i}.isInbox`, "Only one list is the Inbox");
      plan.lists.push({ name: list.name, color: list.color, isInbox: true });
      return;
    }
    const parsed = CreateListSchema.safeParse({ name: list.name, color: list.color });
    if (!parsed.success)
      for (const issue of parsed.error.issues) fail(`lists.${i}.${issue.path.join(".")}`, issue.message);
    else plan.lists.push({ name: parsed.data.name, color: parsed.data.color ?? null, isInbox: false });
  });

  // By list, in the document's order; within a scope, the manual order: by position (compared by code unit, as
  // the "C" collation does), then id.
  const listRank = (task: AccountExport["tasks"][number]) => listIndex.get(task.listId) ?? -1;
  const order = document.tasks
    .map((task, i) => ({ task, i }))
    .sort(
      (a, b) =>
        listRank(a.task) - listRank(b.task) ||
        (a.task.position < b.task.position ? -1 : a.task.position > b.task.position ? 1 : a.task.id - b.task.id),
    );
  const byId = new Map(document.tasks.map((task, i) => [task.id, { task, i }]));
  const planIndex = new Map<number, number>();
  // Parents first, so that a subtask's parent has its index when the subtask is read.
  const ranked = [...order.filter((o) => o.task.parentId === null), ...order.filter((o) => o.task.parentId !== null)];
  const subtaskCount = new Map<number, number>();
  for (const { task, i } of ranked) {
    if (planIndex.has(task.id) || (byId.get(task.id)?.i ?? i) !== i) {
      fail(`tasks.${i}.id`, "Two tasks have this id");
      continue;
    }
    const list = listIndex.get(task.listId);
    if (list === undefined) fail(`tasks.${i}.listId`, "No list of the document has this id");
    let parent: number | null = null;
    if (task.parentId !== null) {
      const found = byId.get(task.parentId);
      if (!found) fail(`tasks.${i}.parentId`, "No task of the document has this id");
      else if (found.task.parentId !== null) fail(`tasks.${i}.parentId`, "A subtask cannot have subtasks");
      else if (found.task.listId !== task.listId) fail(`tasks.${i}.listId`, "A subtask is always in its parent's list");
      else {
        parent = planIndex.get(found.task.id) ?? null;
        const n = (subtaskCount.get(found.task.id) ?? 0) + 1;
        subtaskCount.set(found.task.id, n);
        if (n === SUBTASKS_MAX + 1) fail(`tasks.${i}.parentId`, `A task has at most ${SUBTASKS_MAX} subtasks`);
      }
    }
    const parsed = CreateTaskSchema.safeParse({
      title: task.title,
      description: task.description,
      completed: task.completed,
      priority: task.priority,
      tags: task.tags,
      dueDate: task.dueDate,
      dueTime: task.dueTime,
      recurrence: task.recurrence,
      reminders: task.reminders,
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) fail(`tasks.${i}.${issue.path.join(".")}`, issue.message);
      continue;
    }
    if (!fromYearOne(task.createdAt)) {
      fail(`tasks.${i}.createdAt`, INSTANT_FROM_YEAR_ONE);
      continue;
    }
    if (list === undefined) continue;
    const fields = parsed.data;
    const planned: ImportTask = {
      list,
      parent,
      title: fields.title,
      description: fields.description ?? "",
      completed: fields.completed ?? false,
      priority: fields.priority ?? "none",
      tags: fields.tags ?? [],
      dueDate: fields.dueDate ?? null,
      dueTime: fields.dueTime ?? null,
      recurrence: fields.recurrence ?? null,
      reminders: fields.reminders ?? [],
      createdAt: new Date(task.createdAt),
    };
    planIndex.set(task.id, plan.tasks.length);
    plan.tasks.push(planned);
  }

  document.completions.forEach((completion, i) => {
    const taskIndex = planIndex.get(completion.taskId);
    if (taskIndex === undefined && !byId.has(completion.taskId))
      fail(`completions.${i}.taskId`, "No task of the document has this id");
    if (completion.dueTime !== null && !DueTimeSchema.safeParse(completion.dueTime).success)
      fail(`completions.${i}.dueTime`, "A time is HH:MM, 00:00 to 23:59");
    if (!fromYearOne(completion.completedAt)) fail(`completions.${i}.completedAt`, INSTANT_FROM_YEAR_ONE);
    if (taskIndex === undefined) return;
    plan.completions.push({
      task: taskIndex,
      dueDate: completion.dueDate,
      dueTime: completion.dueTime,
      completedAt: new Date(completion.completedAt),
    });
  });

  return errors.length > 0 ? { ok: false, errors } : { ok: true, plan, warnings: [] };
}
