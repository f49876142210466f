"use client";

import type { Recurrence, Task, UpdateTask } from "@todo/contracts";
import { describeRecurrence } from "@todo/dates";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import type { Conflict } from "@/hooks/tasks/use-update-task";
import { longDate } from "./due-date";
import { PRIORITY_LABELS } from "./priority";

interface ConflictDialogProps {
  conflict: Conflict | null;
  onKeepTheirs: () => void;
  onKeepMine: (theirs: Task, mine: UpdateTask) => void;
}

const FIELD_NAMES: Record<keyof UpdateTask, string> = {
  title: "Title",
  description: "Description",
  completed: "Status",
  priority: "Priority",
  tags: "Tags",
  dueDate: "Due date",
  dueTime: "Due time",
  recurrence: "Repeat",
  reminders: "Reminders",
  listId: "List",
  parentId: "Parent task",
};

/** A field's value in words, as the task row would say it. */
function inWords(field: keyof UpdateTask, value: unknown): string {
  switch (field) {
    case "completed":
      return value ? "Done" : "Not done";
    case "priority":
      return PRIORITY_LABELS[value as Task["priority"]];
    case "dueDate":
      return value ? longDate(value as string) : "No due date";
    case "dueTime":
      return (value as string | null) ?? "No time";
    case "recurrence":
      return value ? describeRecurrence(value as Recurrence) : "Does not repeat";
    case "reminders": {
      const minutes = (value as { minutesBefore: number }[]).map((r) => r.minutesBefore);
      return minutes.length
        ? minutes.map((m) => (m === 0 ? "at due time" : `${m} min before`)).join(", ")
        : "No reminders";
    }
    case "tags":
      return (value as string[]).length ? (value as string[]).map((t) => `#${t}`).join(" ") : "No tags";
    case "description":
      return (value as string) || "No description";
    default:
      return String(value);
  }
}

/** The fields of my change that differ from the saved version, each in words, side by side. */
export function differences(conflict: Conflict): { field: string; theirs: string; mine: string }[] {
  return (Object.entries(conflict.mine) as [keyof UpdateTask, unknown][])
    .filter(([field, value]) => JSON.stringify(value) !== JSON.stringify(conflict.theirs[field]))
    .map(([field, value]) => ({
      field: FIELD_NAMES[field],
      theirs: inWords(field, conflict.theirs[field]),
      mine: inWords(field, value),
    }));
}

/** Another tab or device changed the task first: show what differs and let the user choose. */
export function ConflictDialog({ conflict, onKeepTheirs, onKeepMine }: ConflictDialogProps) {
  const rows = conflict ? differences(conflict) : [];
  return (
    <Dialog open={conflict !== null} onOpenChange={(open) => !open && onKeepTheirs()}>
      <DialogContent className="sm:max-w-xl">
        <DialogHeader>
          <DialogTitle>This task changed elsewhere</DialogTitle>
          <DialogDescription>
            {conflict ? `"${conflict.theirs.title}" was changed in another tab or device after you opened it.` : ""}
          </DialogDescription>
        </DialogHeader>
        {rows.length > 0 ? (
          <div className="overflow-x-auto">
            <table className="w-full text-sm" data-testid="conflict-table">
              <thead>
                <tr className="border-b text-left text-muted-foreground">
                  <th scope="col" className="py-2 pr-3 font-medium">
                    Field
                  </th>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    Saved now
                  </th>
                  <th scope="col" className="py-2 font-medium">
                    Your change
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.field} className="border-b align-top last:border-b-0">
                    <th scope="row" className="py-2 pr-3 text-left font-medium">
                      {row.field}
                    </th>
                    <td className="whitespace-pre-line break-words py-2 pr-3" data-testid="conflict-theirs">
                      {row.theirs}
                    </td>
                    <td className="whitespace-pre-line break-words py-2" data-testid="conflict-mine">
                      {row.mine}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p className="text-sm">The saved version already has your change.</p>
        )}
        <DialogFooter>
          <Button variant="outline" onClick={onKeepTheirs}>
            Keep the saved version
          </Button>
          {conflict && rows.length > 0 && (
            <Button onClick={() => onKeepMine(conflict.theirs, conflict.mine)}>Apply my change</Button>
          )}
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
