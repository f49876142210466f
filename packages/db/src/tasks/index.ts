// The tasks domain module: each export is one use case, owning its transaction (docs/decisions/010-domain-module.md).
export { type CompletionOutcome, completeTask } from "./complete-task";
export { type CompletionPage, listCompletions, undoCompletion } from "./completions";
export { createTask } from "./create-task";
export {
  CompletionNotFoundError,
  InvalidCursorError,
  TaskChangedError,
  TaskConflictError,
  TaskNotFoundError,
  type TaskRole,
} from "./errors";
export { type ListOptions, listTasks, type TaskPage } from "./list-tasks";
export { moveTask } from "./move-task";
export type { TaskTarget } from "./precondition";
export type { TaskWithSubtasks } from "./task-columns";
export { deleteTask, getTask, replaceTask, updateTask } from "./task-writes";
