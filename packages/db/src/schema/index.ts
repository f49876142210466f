export * from "./api-rate-limit";
export * from "./auth";
export * from "./list";
export * from "./task";
export * from "./change";
