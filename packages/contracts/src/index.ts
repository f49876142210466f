export * from "./etag";
export * from "./health";
export * from "./params";
export * from "./problem";
export * from "./task";
export * from "./task-input";
export * from "./task-query";
