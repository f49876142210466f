export { fromExport } from "./from-export";
export { fromTodoistCsv, type WallClock } from "./from-todoist-csv";
export type { ReadResult } from "./read-result";
