import { toast } from "sonner";
import { offerUndo, withdrawUndo } from "./last-undo";

/** Offers Undo for a change made to tasks, in a toast (with a line of detail, if given) and on Ctrl/⌘+Z. */
export function toastWithUndo(message: string, undo: () => void, description?: string) {
  const entry = offerUndo(undo);
  toast(message, {
    description,
    action: {
      label: "Undo",
      onClick: () => {
        withdrawUndo(entry);
        undo();
      },
    },
    onAutoClose: () => withdrawUndo(entry),
    onDismiss: () => withdrawUndo(entry),
  });
}
