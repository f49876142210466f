import type { Task } from "@todo/contracts";
import { describeRecurrence } from "@todo/dates";
import { RepeatIcon } from "lucide-react";

/** A recurring task's mark beside its due date: the repeat icon, the rule in words for a tooltip and screen readers. */
export function RepeatMark({ recurrence }: { recurrence: NonNullable<Task["recurrence"]> }) {
  const words = describeRecurrence(recurrence);
  return (
    <span className="inline-flex items-center" title={words} data-testid="task-repeat">
      <RepeatIcon className="size-3.5" aria-hidden="true" />
      <span className="sr-only">, repeats: {words}</span>
    </span>
  );
}
