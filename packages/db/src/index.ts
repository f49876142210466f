export * from "./client";
export { defaultDataDir } from "./data-dir";
export { pruneApiHits, recordApiHits } from "./rate-limit/api-hits";
export * from "./tasks";
