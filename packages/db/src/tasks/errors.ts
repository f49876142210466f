/** Which task was not found: the one addressed, or one the request names (a parent, a move's neighbour). */
export type TaskRole = "task" | "parent" | "before" | "after";

/** The task does not exist, or is not the user's: the two are never told apart. */
export class TaskNotFoundError extends Error {
  constructor(readonly role: TaskRole = "task") {
    super(role === "task" ? "Task not found" : `The ${role} task was not found`);
    this.name = "TaskNotFoundError";
  }
}

/** The task changed since the version the caller last saw (a stale `If-Match`). */
export class TaskChangedError extends Error {
  constructor() {
    super("The task was changed since it was read");
    this.name = "TaskChangedError";
  }
}

/** The list cursor is not one this API handed out for the same sort and order. */
export class InvalidCursorError extends Error {
  constructor() {
    super("The cursor is invalid or belongs to another sort order");
    this.name = "InvalidCursorError";
  }
}

/** The change would pass a limit on tasks (subtasks per task): 409. */
export class TaskConflictError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "TaskConflictError";
  }
}

/** The completion does not exist, or is not of this task of the user's. */
export class CompletionNotFoundError extends Error {
  constructor() {
    super("Completion not found");
    this.name = "CompletionNotFoundError";
  }
}
