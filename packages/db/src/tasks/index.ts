// The tasks domain module: each export is one use case, owning its transaction (docs/decisions/010-domain-module.md).
export { createTask } from "./create-task";
export { InvalidCursorError, TaskChangedError, TaskConflictError, TaskNotFoundError, type TaskRole } from "./errors";
export { type ListOptions, listTasks, type TaskPage } from "./list-tasks";
export { moveTask } from "./move-task";
export type { TaskTarget } from "./precondition";
export type { TaskWithSubtasks } from "./task-columns";
export { completeTask, deleteTask, getTask, replaceTask, updateTask } from "./task-writes";
