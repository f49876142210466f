import type { Task } from "@todo/contracts";
import { toast } from "sonner";
import type { DetailsDraft } from "./details-draft";

/**
 * Says that the task whose details were open was deleted on another tab or device. A change typed there cannot be
 * saved to it any more: the toast stays until answered, offering it as a new task, so it is never lost unsaid.
 */
export function toastDeletedElsewhere(task: Task, unsaved: DetailsDraft | null, keep: (draft: DetailsDraft) => void) {
  if (!unsaved) {
    toast("This task was deleted elsewhere", { description: `“${task.title}”` });
    return;
  }
  toast("This task was deleted elsewhere", {
    description: `Your changes to “${unsaved.title}” were not saved.`,
    duration: Number.POSITIVE_INFINITY,
    action: { label: "Keep as a new task", onClick: () => keep(unsaved) },
    cancel: { label: "Discard", onClick: () => {} },
  });
}
