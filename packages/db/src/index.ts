export * from "./changes";
export * from "./client";
export { defaultDataDir } from "./data-dir";
export { FieldRuleError } from "./field-rule-error";
export * from "./lists";
export { pruneApiHits, recordApiHits } from "./rate-limit/api-hits";
export { type AttemptDecision, type AttemptRule, consumeAttempt } from "./rate-limit/attempts";
export * from "./tasks";
