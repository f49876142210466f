export * from "./auth";
export * from "./task";
