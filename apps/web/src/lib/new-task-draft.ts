// The half-typed new task, kept for the tab so that a reload or a trip to sign-in does not lose it.
const KEY = "todo:new-task-draft";

export function readDraft(): string {
  return sessionStorage.getItem(KEY) ?? "";
}

export function saveDraft(text: string): void {
  if (text) sessionStorage.setItem(KEY, text);
  else sessionStorage.removeItem(KEY);
}

/** On sign-out: the next person at this tab must not see it. */
export function clearDraft(): void {
  sessionStorage.removeItem(KEY);
}
