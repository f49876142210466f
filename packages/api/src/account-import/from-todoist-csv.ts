import { CreateTaskSchema, type FieldError, SUBTASKS_MAX, TAG_MAX, TODOIST_LIST_NAME } from "@todo/contracts";
import type { ImportPlan, ImportTask } from "@todo/db";
import { parseQuickAdd } from "@todo/quick-add";
import { CsvError } from "csv-parse";
import { parse } from "csv-parse/sync";
import { ERRORS_MAX, type ReadResult } from "./read-result";

/** The user's wall clock, for Todoist's relative dates ("tomorrow 5pm"): `YYYY-MM-DD` and `HH:MM`. */
export interface WallClock {
  today: string;
  now: string;
}

const PRIORITIES = { "1": "none", "2": "low", "3": "medium", "4": "high" } as const;
// Todoist's exports since 2023 add these: read, and not needed.
const KNOWN_COLUMNS = [
  "TYPE",
  "CONTENT",
  "DESCRIPTION",
  "PRIORITY",
  "INDENT",
  "AUTHOR",
  "RESPONSIBLE",
  "DATE",
  "DATE_LANG",
  "TIMEZONE",
  "DURATION",
  "DURATION_UNIT",
  "DEADLINE",
  "DEADLINE_LANG",
];
// A label in a task's content, as Todoist writes it: `@name` at the start or after a space.
const LABEL = /(^|\s)@([^\s@]+)/gu;
const PLACEHOLDER = "Todo";

/**
 * One Todoist project's CSV export as a plan: its tasks go, in the file's order, into one new list ("Todoist").
 * TYPE `task` rows are tasks; INDENT 1 is top-level, 2 a subtask of the task above at indent 1 (deeper ones are
 * flattened to 2: we have one level of subtasks); PRIORITY 4 (Todoist's p1) is high, 3 medium, 2 low, 1 none;
 * `@label`s in CONTENT become tags; a `section` row's name becomes a tag of the tasks under it (our lists have no
 * sections); a `note` row is appended to the description of the task above; DATE (English) is read by the quick
 * add parser, a repetition included ("every day"): a date it cannot read whole is kept in the description, with a
 * warning. AUTHOR, RESPONSIBLE and TIMEZONE are not kept: a task here has one owner, and its date is the user's
 * wall clock. Row numbers in errors and warnings are the file's lines, the header being line 1.
 */
export function fromTodoistCsv(text: string, clock: WallClock): ReadResult {
  let records: Array<{ record: Record<string, string>; line: number }>;
  try {
    records = (
      parse(text, {
        bom: true,
        columns: (header: string[]) => header.map((name) => name.trim().toUpperCase()),
        info: true,
        relax_column_count: true,
        skip_empty_lines: true,
      }) as Array<{ record: Record<string, string>; info: { lines: number } }>
    ).map(({ record, info }) => ({ record, line: info.lines }));
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines;
      return { ok: false, errors: [{ path: line ? `rows.${line}` : "", message: `Not CSV: ${error.message}` }] };
    }
    throw error;
  }

  const errors: FieldError[] = [];
  const warnings: string[] = [];
  const fail = (path: string, message: string) => {
    if (errors.length < ERRORS_MAX) errors.push({ path, message });
  };
  const header = records.length > 0 ? Object.keys(records[0]?.record ?? {}) : parseHeader(text);
  for (const column of ["TYPE", "CONTENT"]) {
    if (!header.includes(column)) fail("", `Not a Todoist CSV export: it has no ${column} column`);
  }
  if (errors.length > 0) return { ok: false, errors };
  const unknown = header.filter((c) => c !== "" && !KNOWN_COLUMNS.includes(c));
  if (unknown.length > 0) warnings.push(`Columns not read: ${unknown.join(", ")}`);

  const plan: ImportPlan = {
    lists: [{ name: TODOIST_LIST_NAME, color: null, isInbox: false }],
    tasks: [],
    completions: [],
  };
  let section: string | null = null;
  let lastTask: number | null = null;
  let lastTopLevel: number | null = null;
  const subtaskCount = new Map<number, number>();
  const descriptions = new Map<number, { line: number }>();

  for (const { record, line } of records) {
    const cell = (name: string) => (record[name] ?? "").trim();
    const type = cell("TYPE").toLowerCase();
    const at = (column: string) => `rows.${line}.${column}`;
    if (type === "" && Object.values(record).every((v) => v.trim() === "")) continue;
    if (type === "meta") continue;
    if (type === "section") {
      section = cell("CONTENT") || null;
      continue;
    }
    if (type === "note") {
      if (lastTask === null) {
        warnings.push(`Row ${line}: a note before any task was left out`);
        continue;
      }
      const target = plan.tasks[lastTask] as ImportTask;
      target.description = joinParagraphs(target.description, record.CONTENT ?? "");
      descriptions.set(lastTask, { line });
      continue;
    }
    if (type !== "task") {
      fail(at("TYPE"), `Row ${line}: TYPE must be task, section, note or meta, not ${JSON.stringify(cell("TYPE"))}`);
      continue;
    }

    const priorityText = cell("PRIORITY") || "1";
    const priority = PRIORITIES[priorityText as keyof typeof PRIORITIES];
    if (!priority) fail(at("PRIORITY"), `Row ${line}: PRIORITY must be 1, 2, 3 or 4`);
    const indentText = cell("INDENT") || "1";
    const indent = /^\d+$/.test(indentText) ? Number(indentText) : Number.NaN;
    if (!(indent >= 1)) fail(at("INDENT"), `Row ${line}: INDENT must be a whole number from 1`);

    let parent: number | null = null;
    if (indent >= 2) {
      if (lastTopLevel === null) {
        warnings.push(`Row ${line}: an indented task with no task above it was made top-level`);
      } else {
        parent = lastTopLevel;
        if (indent > 2) warnings.push(`Row ${line}: INDENT ${indent} was made a subtask of the task above at indent 1`);
        const n = (subtaskCount.get(parent) ?? 0) + 1;
        subtaskCount.set(parent, n);
        if (n === SUBTASKS_MAX + 1) fail(at("INDENT"), `Row ${line}: a task has at most ${SUBTASKS_MAX} subtasks`);
      }
    }

    const labels: string[] = [];
    const content = (record.CONTENT ?? "").replace(LABEL, (_all, space: string, label: string) => {
      labels.push(label);
      return space;
    });
    const tags = [...labels];
    if (section !== null) tags.push(sectionTag(section));

    let description = record.DESCRIPTION ?? "";
    const date = readDate(cell("DATE"), cell("DATE_LANG"), clock);
    if (date.kept) {
      description = joinParagraphs(description, `Todoist date: ${cell("DATE")}`);
      warnings.push(
        `Row ${line}: the date ${JSON.stringify(cell("DATE"))} was not understood; it is kept in the description`,
      );
    }

    const parsed = CreateTaskSchema.safeParse({
      title: content.trim() === "" ? (record.CONTENT ?? "") : content,
      description,
      priority: priority ?? "none",
      tags,
      dueDate: date.dueDate,
      dueTime: date.dueTime,
      recurrence: date.recurrence,
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        fail(at(COLUMN_OF[String(issue.path[0])] ?? "CONTENT"), `Row ${line}: ${issue.message}`);
      continue;
    }
    const fields = parsed.data;
    const index = plan.tasks.length;
    plan.tasks.push({
      list: 0,
      parent,
      title: fields.title,
      description: fields.description ?? "",
      completed: false,
      priority: fields.priority ?? "none",
      tags: fields.tags ?? [],
      dueDate: fields.dueDate ?? null,
      dueTime: fields.dueTime ?? null,
      recurrence: fields.recurrence ?? null,
      reminders: [],
      createdAt: null,
    });
    lastTask = index;
    if (parent === null) lastTopLevel = index;
  }

  // A description made long by its notes is checked once they are all in.
  for (const [index, { line }] of descriptions) {
    const parsed = CreateTaskSchema.shape.description.safeParse((plan.tasks[index] as ImportTask).description);
    if (!parsed.success)
      fail(`rows.${line}.CONTENT`, `Row ${line}: with this note, ${parsed.error.issues[0]?.message}`);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, plan, warnings };
}

const COLUMN_OF: Record<string, string> = {
  title: "CONTENT",
  description: "DESCRIPTION",
  tags: "CONTENT",
  dueDate: "DATE",
  dueTime: "DATE",
  recurrence: "DATE",
};

function parseHeader(text: string): string[] {
  const first = text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
  return first.split(",").map((c) => c.trim().toUpperCase());
}

function joinParagraphs(a: string, b: string): string {
  return a.trim() === "" ? b : b.trim() === "" ? a : `${a}\n\n${b}`;
}

/** A section's name as a tag: its spaces as hyphens, within a tag's length. */
function sectionTag(name: string): string {
  return [...name.trim().replace(/^#+/, "").replace(/\s+/gu, "-")].slice(0, TAG_MAX).join("");
}

interface ReadDate {
  dueDate: string | null;
  dueTime: string | null;
  recurrence: { rule: string; from: "due" | "completion" } | null;
  kept: boolean;
}

/**
 * Todoist's DATE as the quick add parser reads it, when it reads the whole of it as a date, time or repetition
 * (and DATE_LANG is English or absent); otherwise `kept`: the text is to be kept in the description.
 */
function readDate(text: string, language: string, clock: WallClock): ReadDate {
  const none = { dueDate: null, dueTime: null, recurrence: null };
  if (text === "") return { ...none, kept: false };
  if (language !== "" && !/^en\b/i.test(language)) return { ...none, kept: true };
  const parsed = parseQuickAdd(`${PLACEHOLDER} ${text}`, clock);
  const whole = parsed.title === PLACEHOLDER && parsed.parts.every((p) => p.kind === "date" || p.kind === "repeat");
  if (!whole || parsed.dueDate === null) return { ...none, kept: true };
  return { dueDate: parsed.dueDate, dueTime: parsed.dueTime, recurrence: parsed.recurrence, kept: false };
}
