export {
  type ChangeStreamOptions,
  type ChangeStreamReaders,
  type ChangeStreamResult,
  openChangeStream,
} from "./change-stream";
export {
  type CompleteResult,
  type CompletionPage,
  changeStreamReaders,
  createTodoClient,
  type ImportSource,
  type ListOptions,
  type Precondition,
  type TaskListPage,
  type TodoClient,
} from "./client";
export type { TodoClientOptions } from "./connection";
export {
  type ChangeStreamMessage,
  type EventStreamMessage,
  readChangeStream,
  readEventStream,
} from "./event-stream";
export { findLink, nextCursor } from "./link-header";
export { buildListQuery } from "./list-query";
export { readResponse } from "./read-response";
export { type ApiResult, networkProblem, problemFromStatus } from "./result";
export { parseHttpDate, retryAfterSeconds } from "./retry-after";
