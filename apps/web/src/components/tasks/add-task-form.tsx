"use client";

import type { CreateTask, Task } from "@todo/contracts";
import type { QuickAddPartKind } from "@todo/quick-add";
import { PlusIcon } from "lucide-react";
import { type FormEvent, type RefObject, useEffect, useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { useUserClock } from "@/hooks/use-user-clock";
import { loadInputSchemas, preloadInputSchemas } from "@/lib/load-input-schemas";
import { saveDraft } from "@/lib/new-task-draft";
import { describeDue } from "./due-date";
import { NewTaskOptions } from "./new-task-options";
import { type ChosenOptions, newTaskFields, withoutParts } from "./quick-add/new-task-fields";
import { QuickAddChips } from "./quick-add/quick-add-chips";
import { QuickAddHighlight } from "./quick-add/quick-add-highlight";
import { useQuickAdd } from "./quick-add/use-quick-add";
import { useAddBoxHandover } from "./use-add-box-handover";

interface AddTaskFormProps {
  inputRef: RefObject<HTMLInputElement | null>;
  onAdd: (input: CreateTask) => Promise<Task | null>;
  tagSuggestions: () => string[];
}

const NOTHING_CHOSEN: ChosenOptions = { priority: "none", dueDate: null, tags: [] };

/**
 * The new-task line, read as it is typed (quick add: "Gym every mon 7am #health !high"), what it
 * recognised shown as chips under it; and priority, due date and tags as small icon buttons beside it.
 * What the line says wins; choosing with a button takes the line's words for that field out of it. Its
 * draft survives a reload, a trip to the sign-in page, and a list switch as it is typed.
 */
export function AddTaskForm({ inputRef, onAdd, tagSuggestions }: AddTaskFormProps) {
  const [title, setTitle] = useState("");
  const [chosen, setChosen] = useState<ChosenOptions>(NOTHING_CHOSEN);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const errorId = useId();
  const highlightRef = useRef<HTMLDivElement>(null);
  const quick = useQuickAdd(title);
  const clock = useUserClock();
  const parts = quick.parsed?.parts ?? [];
  const fields = newTaskFields(title, quick.parsed, chosen);

  useAddBoxHandover(inputRef, setTitle);

  // The parser loads once there is a line to read (typed, or a draft back), if focus has not loaded it already.
  const { load } = quick;
  useEffect(() => {
    if (title) load();
  }, [title, load]);

  // The marks follow the input's own scrolling (a line longer than the box).
  useEffect(() => {
    if (highlightRef.current && inputRef.current) highlightRef.current.scrollLeft = inputRef.current.scrollLeft;
  });

  function changeTitle(value: string) {
    quick.edited(title, value);
    setTitle(value);
    setError(null);
    saveDraft(value);
  }

  /** A button's choice: the line's words for the same field leave it, so the choice is what Enter makes. */
  function choose(change: Partial<ChosenOptions>, kinds: QuickAddPartKind[]) {
    setChosen((current) => ({ ...current, ...change }));
    const line = withoutParts(title, parts, kinds);
    if (line !== title) changeTitle(line);
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const [parsed, schemas] = await Promise.all([quick.parseNow(title), loadInputSchemas().catch(() => null)]);
    if (!schemas) {
      setError("The task could not be checked: check your connection and try again");
      return;
    }
    const { title: taskTitle, dueDate, dueTime, recurrence, ...rest } = newTaskFields(title, parsed, chosen);
    const input = schemas.CreateTaskSchema.safeParse({
      title: taskTitle,
      ...rest,
      ...(dueDate && { dueDate, dueTime, recurrence }),
    });
    if (!input.success) {
      setError(input.error.issues[0]?.message ?? "Check the task");
      return;
    }
    setBusy(true);
    const added = await onAdd(input.data);
    setBusy(false);
    if (!added) return;
    changeTitle("");
    quick.reset();
    setChosen(NOTHING_CHOSEN);
    inputRef.current?.focus();
  }

  const due = fields.dueDate ? describeDue({ dueDate: fields.dueDate, dueTime: fields.dueTime }, false, clock) : null;
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label="Add a task"
      className="rounded-lg border bg-card shadow-xs focus-within:border-ring focus-within:ring-[3px] focus-within:ring-ring/30"
    >
      <div className="flex items-center gap-2 px-3">
        <PlusIcon className="size-5 shrink-0 text-primary" aria-hidden="true" />
        <label htmlFor="new-task" className="sr-only">
          New task
        </label>
        <div className="relative h-12 min-w-0 flex-1">
          <QuickAddHighlight text={title} parts={parts} ref={highlightRef} />
          <input
            id="new-task"
            ref={inputRef}
            value={title}
            onChange={(e) => changeTitle(e.target.value)}
            onFocus={() => {
              quick.load();
              preloadInputSchemas();
            }}
            onScroll={(e) => {
              if (highlightRef.current) highlightRef.current.scrollLeft = e.currentTarget.scrollLeft;
            }}
            placeholder="Add a task: Gym every mon 7am #health !high"
            autoComplete="off"
            enterKeyHint="done"
            aria-keyshortcuts="n"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            className="relative h-12 w-full bg-transparent text-base outline-none placeholder:text-muted-foreground"
          />
        </div>
        {/* aria-disabled, not disabled, when empty: a disabled default button blocks Enter, and so the message saying why. */}
        <Button
          type="submit"
          size="sm"
          disabled={busy}
          aria-disabled={!title.trim() || undefined}
          tabIndex={title.trim() ? undefined : -1}
        >
          Add
        </Button>
      </div>
      <QuickAddChips
        parts={parts}
        onRemove={(part) => {
          quick.takeBack(part);
          inputRef.current?.focus();
        }}
      />
      <div className="flex flex-wrap items-center gap-1 border-t px-2 py-1">
        {/* One tab stop for the three options (arrows between them): the list is fewer Tabs away. */}
        <NewTaskOptions
          dueDate={fields.dueDate}
          due={due}
          priority={fields.priority}
          tags={fields.tags}
          chosenTags={chosen.tags}
          onDueDate={(dueDate) => choose({ dueDate }, ["date"])}
          onPriority={(priority) => choose({ priority }, ["priority"])}
          onChosenTags={(tags) => setChosen((current) => ({ ...current, tags }))}
          tagSuggestions={tagSuggestions}
        />
        <p id={errorId} role="alert" className="ml-auto px-1 text-destructive text-sm empty:hidden">
          {error}
        </p>
      </div>
    </form>
  );
}
