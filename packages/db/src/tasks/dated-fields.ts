import type { CreateTask, Recurrence, Reminder, UpdateTask } from "@todo/contracts";
import { formatRule, parseRule, type RecurrenceFrom } from "@todo/dates";
import { type SQL, sql } from "drizzle-orm";
import { FieldRuleError } from "../field-rule-error";
import { task } from "../schema";

/** The stored form of a recurrence: its rule as formatRule writes it (the contract has validated it). */
function storedRecurrence(recurrence: Recurrence | null) {
  if (recurrence === null) return { recurrenceRule: null, recurrenceFrom: null };
  const parsed = parseRule(recurrence.rule);
  if (!parsed.ok) throw new FieldRuleError("recurrence.rule", parsed.problems[0]?.message ?? "Not a rule");
  return { recurrenceRule: formatRule(parsed.rule), recurrenceFrom: recurrence.from };
}

/** The stored form of reminders: their minutes, ascending. */
function storedReminders(reminders: Reminder[]): number[] {
  return reminders.map((r) => r.minutesBefore).sort((a, b) => a - b);
}

/** A series starts again (at 1) when its due date or its recurrence changes; otherwise it stays where it is. */
interface DatedFields {
  dueDate?: string | null;
  dueTime?: string | null;
  recurrenceRule?: string | null;
  recurrenceFrom?: RecurrenceFrom | null;
  reminders?: number[];
}

function seriesRestart(fields: DatedFields): SQL {
  const changed: SQL[] = [];
  if (fields.dueDate !== undefined) changed.push(sql`${task.dueDate} is distinct from ${fields.dueDate}::date`);
  if (fields.recurrenceRule !== undefined)
    changed.push(sql`${task.recurrenceRule} is distinct from ${fields.recurrenceRule}::text`);
  if (fields.recurrenceFrom !== undefined)
    changed.push(sql`${task.recurrenceFrom} is distinct from ${fields.recurrenceFrom}::recurrence_from`);
  return sql`case when ${sql.join(changed, sql` or `)} then 1 else ${task.seriesOccurrence} end`;
}

/** A create's or PUT's date fields: each left out at null. */
export function allDatedFields(input: CreateTask) {
  const fields = {
    dueDate: input.dueDate ?? null,
    dueTime: input.dueTime ?? null,
    ...storedRecurrence(input.recurrence ?? null),
    reminders: storedReminders(input.reminders ?? []),
  };
  return { ...fields, seriesOccurrence: seriesRestart(fields) };
}

/** A new task's: its series, if any, starts at its first due date. */
export function newDatedFields(input: CreateTask) {
  return { ...allDatedFields(input), seriesOccurrence: 1 };
}

/**
 * A PATCH's date fields, only those sent; `dueDate: null` clears the time and the recurrence too (neither stands
 * without a date). A time or recurrence sent for a task that has no due date breaks a check constraint: see `datedRules`.
 */
export function sentDatedFields(input: UpdateTask) {
  const fields: DatedFields = {};
  if (input.dueDate !== undefined) fields.dueDate = input.dueDate;
  if (input.dueDate === null)
    Object.assign(fields, { dueTime: null, recurrenceRule: null, recurrenceFrom: null, reminders: [] });
  if (input.dueTime !== undefined) fields.dueTime = input.dueTime;
  if (input.recurrence !== undefined) Object.assign(fields, storedRecurrence(input.recurrence));
  if (input.reminders !== undefined) fields.reminders = storedReminders(input.reminders);
  const restarts = fields.dueDate !== undefined || fields.recurrenceRule !== undefined;
  return restarts ? { ...fields, seriesOccurrence: seriesRestart(fields) } : fields;
}

const NEEDS_DATE: Record<string, FieldRuleError> = {
  task_due_time_needs_date: new FieldRuleError("dueTime", "A due time needs a dueDate, and this task has none"),
  task_recurrence_needs_date: new FieldRuleError("recurrence", "A recurrence needs a dueDate, and this task has none"),
  task_reminders_need_date: new FieldRuleError("reminders", "Reminders need a dueDate, and this task has none"),
};

/** A write's check violations as the field at fault (422): the database holds the rule that a time or recurrence needs a date. */
export async function datedRules<T>(write: Promise<T>): Promise<T> {
  try {
    return await write;
  } catch (error) {
    for (let e = error, depth = 0; e instanceof Error && depth < 10; e = e.cause, depth++) {
      const { code, constraint } = e as Error & { code?: unknown; constraint?: unknown };
      const name = typeof constraint === "string" ? constraint : /check constraint "(\w+)"/.exec(e.message)?.[1];
      const rule = name === undefined ? undefined : NEEDS_DATE[name];
      if (code === "23514" && rule) throw new FieldRuleError(rule.path, rule.message);
    }
    throw error;
  }
}
