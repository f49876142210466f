// The tasks domain module: each export is one use case, owning its transaction (docs/decisions/010-domain-module.md).
export { InvalidCursorError, TaskChangedError, TaskNotFoundError } from "./errors";
export { type ListOptions, listTasks, type TaskPage } from "./list-tasks";
export type { TaskTarget } from "./precondition";
export { completeTask, createTask, deleteTask, getTask, replaceTask, updateTask } from "./task-writes";
