"use client";

import type { Task, UpdateTask } from "@todo/contracts";
import { Button } from "@/components/ui/button";
import { Modal } from "@/components/ui/modal";
import type { Conflict } from "@/hooks/tasks/use-update-task";

interface ConflictDialogProps {
  conflict: Conflict | null;
  onKeepTheirs: () => void;
  onKeepMine: (theirs: Task, mine: UpdateTask) => void;
}

function describeChange(change: UpdateTask): string {
  return Object.entries(change)
    .map(([field, value]) => `${field}: ${Array.isArray(value) ? value.join(", ") || "none" : String(value ?? "none")}`)
    .join("; ");
}

/** Another tab or device changed the task first: show its version and let the user choose. */
export function ConflictDialog({ conflict, onKeepTheirs, onKeepMine }: ConflictDialogProps) {
  return (
    <Modal open={conflict !== null} title="This task changed elsewhere" onClose={onKeepTheirs}>
      {conflict && (
        <div className="space-y-4 text-sm">
          <p>It was changed in another tab or device after you opened it.</p>
          <dl className="space-y-2 rounded-lg bg-neutral-100 p-3 dark:bg-neutral-800">
            <div>
              <dt className="font-medium">Now saved</dt>
              <dd data-testid="conflict-theirs">
                {conflict.theirs.title}
                {conflict.theirs.completed ? " (done)" : ""}
              </dd>
            </div>
            <div>
              <dt className="font-medium">Your change</dt>
              <dd data-testid="conflict-mine">{describeChange(conflict.mine)}</dd>
            </div>
          </dl>
          <div className="flex flex-wrap justify-end gap-2">
            <Button variant="secondary" onClick={onKeepTheirs}>
              Keep the saved version
            </Button>
            <Button onClick={() => onKeepMine(conflict.theirs, conflict.mine)}>Apply my change</Button>
          </div>
        </div>
      )}
    </Modal>
  );
}
