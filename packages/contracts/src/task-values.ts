// The task's values and limits, without Zod: what the UI's first load needs of the contract (the schemas
// built from them are in task.ts and task-query.ts, and load when a form or the API client first needs them).

/** The largest id a task can have: PostgreSQL's `integer`, which its serial id is. */
export const MAX_TASK_ID = 2_147_483_647;

export const TASK_PRIORITIES = ["none", "low", "medium", "high"] as const;
export type TaskPriority = (typeof TASK_PRIORITIES)[number];
export const TITLE_MAX = 200;
export const DESCRIPTION_MAX = 2000;
/** At most this many subtasks under one task. */
export const SUBTASKS_MAX = 100;

export const TASK_STATUSES = ["all", "pending", "completed"] as const;
export const TASK_SORTS = ["created", "updated", "due", "priority", "title", "manual"] as const;
export const SORT_ORDERS = ["asc", "desc"] as const;
export const LIST_LIMIT_DEFAULT = 50;
export const LIST_LIMIT_MAX = 100;
export const SEARCH_MAX = 200;

export type TaskSort = (typeof TASK_SORTS)[number];
export type SortOrder = (typeof SORT_ORDERS)[number];
/** The order a sort takes when none is asked: the manual order top first, every other newest (or highest) first. */
export const defaultOrder = (sort: TaskSort): SortOrder => (sort === "manual" ? "asc" : "desc");
