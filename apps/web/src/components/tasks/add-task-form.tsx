"use client";

import type { CreateTask, Task } from "@todo/contracts";
import type { QuickAddPartKind } from "@todo/quick-add";
import { rebaseSpans } from "@todo/quick-add/rebase-spans";
import { PlusIcon } from "lucide-react";
import { type FormEvent, type RefObject, useEffect, useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { useUserClock } from "@/hooks/use-user-clock";
import { loadInputSchemas, preloadInputSchemas } from "@/lib/load-input-schemas";
import { EMPTY_DRAFT, type NewTaskDraft, saveDraft } from "@/lib/new-task-draft";
import { describeDue } from "./due-date";
import { NewTaskOptions } from "./new-task-options";
import { type ChosenOptions, newTaskFields, withoutParts } from "./quick-add/new-task-fields";
import { QuickAddChips } from "./quick-add/quick-add-chips";
import { QuickAddHighlight } from "./quick-add/quick-add-highlight";
import { useQuickAdd } from "./quick-add/use-quick-add";
import { useAddBoxHandover } from "./use-add-box-handover";

interface AddTaskFormProps {
  /** Whose draft the box keeps (see lib/new-task-draft.ts). */
  userId: string;
  inputRef: RefObject<HTMLInputElement | null>;
  onAdd: (input: CreateTask) => Promise<Task | null>;
  tagSuggestions: () => string[];
}

/**
 * The new-task line, read as it is typed (quick add: "Gym every mon 7am #health !high"), what it
 * recognised shown as chips under it; and priority, due date and tags as small icon buttons beside it.
 * What the line says wins; choosing with a button takes the line's words for that field out of it. Its
 * draft (the line, what the buttons hold, the chips taken back) survives a reload, a trip to the sign-in
 * page, and a list switch as it is made: each change saves it, and adding the task clears it.
 */
export function AddTaskForm({ userId, inputRef, onAdd, tagSuggestions }: AddTaskFormProps) {
  const [draft, setDraft] = useState<NewTaskDraft>(EMPTY_DRAFT);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const errorId = useId();
  const highlightRef = useRef<HTMLDivElement>(null);
  const { text: title, ignore } = draft;
  const quick = useQuickAdd(title, ignore);
  const clock = useUserClock();
  const parts = quick.parsed?.parts ?? [];
  const fields = newTaskFields(title, quick.parsed, draft);

  useAddBoxHandover(userId, inputRef, setDraft);

  // The parser loads once there is a line to read (typed, or a draft back), if focus has not loaded it already.
  const { load } = quick;
  useEffect(() => {
    if (title) load();
  }, [title, load]);

  // The marks follow the input's own scrolling (a line longer than the box).
  useEffect(() => {
    if (highlightRef.current && inputRef.current) highlightRef.current.scrollLeft = inputRef.current.scrollLeft;
  });

  // Saved as it changes, not by an effect, which would save the first render's empty draft over the tab's
  // before the handover has read it.
  function change(next: NewTaskDraft) {
    setDraft(next);
    saveDraft(userId, next);
  }

  function changeTitle(value: string) {
    change(withText(draft, value));
    setError(null);
  }

  /** A button's choice: the line's words for the same field leave it, so the choice is what Enter makes. */
  function choose(options: Partial<ChosenOptions>, kinds: QuickAddPartKind[]) {
    const line = withoutParts(title, parts, kinds);
    change(withText({ ...draft, ...options }, line));
    if (line !== title) setError(null);
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const [parsed, schemas] = await Promise.all([quick.parseNow(title), loadInputSchemas().catch(() => null)]);
    if (!schemas) {
      setError("The task could not be checked: check your connection and try again");
      return;
    }
    const { title: taskTitle, dueDate, dueTime, recurrence, ...rest } = newTaskFields(title, parsed, draft);
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
    change(EMPTY_DRAFT);
    setError(null);
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
        onRemove={({ start, end }) => {
          change({ ...draft, ignore: [...ignore, { start, end }] });
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
          chosenTags={draft.tags}
          onDueDate={(dueDate) => choose({ dueDate }, ["date"])}
          onPriority={(priority) => choose({ priority }, ["priority"])}
          onChosenTags={(tags) => change({ ...draft, tags })}
          tagSuggestions={tagSuggestions}
        />
        <p id={errorId} role="alert" className="ml-auto px-1 text-destructive text-sm empty:hidden">
          {error}
        </p>
      </div>
    </form>
  );
}

/** The draft with its line now `text`: the stretches taken back move with their words, or go with them. */
function withText(draft: NewTaskDraft, text: string): NewTaskDraft {
  const ignore = draft.ignore.length ? rebaseSpans(draft.text, text, draft.ignore) : draft.ignore;
  return { ...draft, text, ignore };
}
