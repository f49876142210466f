import type { CreateTask } from "@todo/contracts";

/**
 * A task's editable fields but its dates (see dated-fields.ts) as sent, each left out (or given as undefined) at its default: what a create inserts
 * and a PUT writes. Field by field, not a spread: drizzle skips an undefined value, which would keep the old one.
 */
export function editableFields(input: CreateTask) {
  return {
    title: input.title,
    description: input.description ?? "",
    completed: input.completed ?? false,
    priority: input.priority ?? "none",
    tags: input.tags ?? [],
  };
}
