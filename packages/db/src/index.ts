export * from "./client";
export { defaultDataDir } from "./data-dir";
export * from "./tasks";
