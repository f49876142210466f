export { InvalidCursorError, TaskChangedError, TaskNotFoundError } from "./errors";
export { type ListOptions, listTasks, type TaskPage } from "./list-tasks";
export type { TaskTarget } from "./precondition";
export { completeTask, createTask, deleteTask, getTask, replaceTask, updateTask } from "./task-writes";
