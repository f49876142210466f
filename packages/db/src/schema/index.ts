export * from "./access-token";
export * from "./api-rate-limit";
export * from "./auth";
export * from "./change";
export * from "./list";
export * from "./task";
export * from "./task-completion";
export * from "./user-settings";
