export { changePageResponse } from "./change-page-response";
export { changeEvent, commentMessage, positionMessage, retryMessage } from "./event-stream";
export { toChange } from "./to-change";
