export { listResponse, listsResponse } from "./list-response";
export { toList } from "./to-list";
