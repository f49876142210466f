import type { SubtaskCounts } from "@todo/contracts";
import { getTableColumns, sql } from "drizzle-orm";
import type { TaskRow } from "../schema";
import { task } from "../schema";

/** A task with its subtasks counted, as every task use case returns it. */
export type TaskWithSubtasks = TaskRow & { subtasks: SubtaskCounts };

function toCounts(value: unknown): SubtaskCounts {
  const counts = (typeof value === "string" ? JSON.parse(value) : value) as SubtaskCounts;
  return { total: Number(counts.total), completed: Number(counts.completed) };
}

const {
  tagKeys: _keys,
  searchTitle: _title,
  searchDescription: _description,
  searchTags: _tags,
  positionBeforeRespacing: _beforeRespacing,
  ...columns
} = getTableColumns(task);

/**
 * A task's own columns, those of TaskRow: not the ones PostgreSQL keeps for the list filters, nor the key it had
 * before a respacing (a cursor's business alone), so that no response, export or change carries them.
 */
export const taskColumns = columns;

/**
 * The task's columns and its subtasks' counts, in the same statement (index task_parent_position_idx), for a
 * select or a RETURNING. Spelled out: Drizzle leaves columns unqualified in a one-table statement, which would not correlate.
 */
export const taskWithSubtasks = {
  ...taskColumns,
  subtasks:
    sql<SubtaskCounts>`(select json_build_object('total', count(*), 'completed', count(*) filter (where "subtask"."completed")) from "task" "subtask" where "subtask"."parent_id" = "task"."id")`.mapWith(
      toCounts,
    ),
};
