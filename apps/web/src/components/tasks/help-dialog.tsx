"use client";

import { Button } from "@/components/ui/button";
import { Modal } from "@/components/ui/modal";

const SHORTCUTS = [
  ["n", "New task"],
  ["/", "Search"],
  ["?", "This help"],
  ["Enter", "Edit the focused task's title"],
  ["Escape", "Cancel an edit, close a dialog"],
  ["Space", "Toggle the focused checkbox"],
] as const;

export function HelpDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Modal open={open} title="Keyboard shortcuts" onClose={onClose}>
      <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-sm">
        {SHORTCUTS.map(([key, action]) => (
          <div key={key} className="contents">
            <dt>
              <kbd className="rounded border border-neutral-300 bg-neutral-100 px-2 py-0.5 font-mono dark:border-neutral-600 dark:bg-neutral-800">
                {key}
              </kbd>
            </dt>
            <dd>{action}</dd>
          </div>
        ))}
      </dl>
      <form method="dialog" className="mt-6 flex justify-end">
        <Button type="submit">Close</Button>
      </form>
    </Modal>
  );
}
