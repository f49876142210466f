// The lists domain module: each export is one use case, owning its transaction (docs/decisions/010-domain-module.md).
export { ListConflictError, ListNotFoundError } from "./errors";
export type { ListWithCount } from "./list-columns";
export { getList, listLists } from "./list-reads";
export { createInbox, createList, deleteList, updateList } from "./list-writes";
export { moveList } from "./move-list";
