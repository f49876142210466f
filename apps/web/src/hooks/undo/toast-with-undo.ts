import { toast } from "sonner";
import { offerUndo, withdrawUndo } from "./last-undo";

/** Offers Undo for a change made to several tasks, in a toast and on Ctrl/⌘+Z. */
export function toastWithUndo(message: string, undo: () => void) {
  const entry = offerUndo(undo);
  toast(message, {
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
