export { completionListResponse, toCompletion } from "./completion-response";
