export { parseQuickAdd } from "./parse-quick-add";
export { rebaseSpans } from "./rebase-spans";
export type {
  QuickAddContext,
  QuickAddPart,
  QuickAddPartKind,
  QuickAddRecurrence,
  QuickAddResult,
  Span,
} from "./types";
