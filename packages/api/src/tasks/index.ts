export { type CountPreference, taskListResponse } from "./task-list-response";
export { taskResponse } from "./task-response";
export { toTask } from "./to-task";
