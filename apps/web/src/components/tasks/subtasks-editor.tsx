"use client";

import { type Task, TaskTitleSchema } from "@todo/contracts";
import { CheckIcon, PlusIcon, XIcon } from "lucide-react";
import { Checkbox as CheckboxPrimitive } from "radix-ui";
import { type KeyboardEvent, useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { useSubtasks } from "@/hooks/tasks/use-subtasks";
import { cn } from "@/lib/utils";

/**
 * A task's subtasks in its details: complete, rename (Enter saves), delete, reorder (Alt+↑/↓), and
 * add one at the end. Saved as they are made, apart from the details' own Save.
 */
export function SubtasksEditor({ userId, parent }: { userId: string; parent: Task }) {
  const { subtasks, failed, add, update, move, remove } = useSubtasks(userId, parent);
  const [title, setTitle] = useState("");
  const [error, setError] = useState<string | null>(null);
  const headingId = useId();
  const done = subtasks?.filter((t) => t.completed).length ?? 0;

  async function onAdd() {
    const parsed = TaskTitleSchema.safeParse(title);
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? "Check the title");
    setTitle("");
    if (!(await add(parsed.data))) setTitle(parsed.data);
  }

  function onRowKey(event: KeyboardEvent, task: Task, index: number) {
    if (!event.altKey || (event.key !== "ArrowUp" && event.key !== "ArrowDown") || !subtasks) return;
    event.preventDefault();
    const neighbour = subtasks[index + (event.key === "ArrowUp" ? -1 : 1)];
    if (neighbour) void move(task, event.key === "ArrowUp" ? { before: neighbour.id } : { after: neighbour.id });
  }

  return (
    <section aria-labelledby={headingId} className="grid gap-2">
      <h3 id={headingId} className="flex items-center justify-between font-medium text-sm">
        Subtasks
        {subtasks && subtasks.length > 0 && (
          <span className="font-normal text-muted-foreground text-xs tabular-nums">
            {done}/{subtasks.length}
          </span>
        )}
      </h3>
      {failed && <p className="text-destructive text-sm">The subtasks could not be loaded.</p>}
      {subtasks && subtasks.length > 0 && (
        <ul aria-label="Subtasks" className="rounded-md border">
          {subtasks.map((task, index) => (
            <li key={task.id} className="flex items-center gap-2 border-b px-2 py-1.5 last:border-b-0">
              <CheckboxPrimitive.Root
                checked={task.completed}
                onCheckedChange={() => void update(task, { completed: !task.completed })}
                aria-label={`${task.completed ? "Reopen" : "Complete"} subtask "${task.title}"`}
                className="flex size-4 shrink-0 items-center justify-center rounded-full border-2 border-priority-none outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50 data-[state=checked]:border-muted-foreground data-[state=checked]:bg-muted-foreground"
              >
                <CheckboxPrimitive.Indicator>
                  <CheckIcon className="size-2.5 text-background" strokeWidth={4} aria-hidden="true" />
                </CheckboxPrimitive.Indicator>
              </CheckboxPrimitive.Root>
              <SubtaskTitle
                task={task}
                onRename={(next) => void update(task, { title: next })}
                onKeyDown={(event) => onRowKey(event, task, index)}
              />
              <Button
                variant="ghost"
                size="icon-sm"
                onClick={() => void remove(task)}
                aria-label={`Delete subtask "${task.title}"`}
                className="text-muted-foreground"
              >
                <XIcon aria-hidden="true" />
              </Button>
            </li>
          ))}
        </ul>
      )}
      {/* Not a form: it sits inside the details' own form, and Enter here adds a subtask instead of saving. */}
      <div className="flex gap-2">
        <input
          value={title}
          onChange={(e) => {
            setTitle(e.target.value);
            setError(null);
          }}
          onKeyDown={(event) => {
            event.stopPropagation();
            if (event.key !== "Enter") return;
            event.preventDefault();
            void onAdd();
          }}
          placeholder="Add a subtask"
          aria-label="New subtask"
          aria-invalid={error ? true : undefined}
          className="h-8 min-w-0 flex-1 rounded-md border border-input bg-transparent px-2 text-sm outline-none focus-visible:border-ring focus-visible:ring-[3px] focus-visible:ring-ring/50"
        />
        <Button variant="outline" size="sm" aria-label="Add subtask" onClick={() => void onAdd()}>
          <PlusIcon aria-hidden="true" />
        </Button>
      </div>
      {error && (
        <p role="alert" className="text-destructive text-sm">
          {error}
        </p>
      )}
    </section>
  );
}

/**
 * A subtask's title, a field that saves a valid change on Enter or when left. A title the API would
 * refuse stays in the field with the reason (what was typed is never lost); Escape puts the saved
 * title back.
 */
function SubtaskTitle({
  task,
  onRename,
  onKeyDown,
}: {
  task: Task;
  onRename: (title: string) => void;
  onKeyDown: (event: KeyboardEvent) => void;
}) {
  const [draft, setDraft] = useState(task.title);
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();
  const save = () => {
    const parsed = TaskTitleSchema.safeParse(draft);
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? "Check the title");
    if (parsed.data !== task.title) onRename(parsed.data);
  };
  return (
    <div className="min-w-0 flex-1">
      <input
        value={draft}
        onChange={(e) => {
          setDraft(e.target.value);
          setError(null);
        }}
        onBlur={save}
        onKeyDown={(event) => {
          onKeyDown(event);
          event.stopPropagation();
          if (event.key === "Enter") {
            event.preventDefault();
            save();
          }
          if (event.key === "Escape" && draft !== task.title) {
            // Only the field's own edit is cancelled: the details stay open.
            event.preventDefault();
            setDraft(task.title);
            setError(null);
          }
        }}
        aria-label={`Subtask "${task.title}"`}
        aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        data-own-escape={draft !== task.title || undefined}
        className={cn(
          "h-7 w-full rounded-sm bg-transparent px-1 text-sm outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50",
          task.completed && "text-muted-foreground line-through",
          error && "ring-[3px] ring-destructive/20",
        )}
      />
      {error && (
        <p id={errorId} role="alert" className="px-1 text-destructive text-xs">
          {error}
        </p>
      )}
    </div>
  );
}
