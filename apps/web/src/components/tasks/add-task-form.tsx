"use client";

import type { CreateTask, Task, TaskPriority } from "@todo/contracts";
import type { QuickAddPartKind } from "@todo/quick-add";
import { CalendarIcon, FlagIcon, HashIcon, PlusIcon } from "lucide-react";
import dynamic from "next/dynamic";
import { Toolbar } from "radix-ui";
import { type FormEvent, type RefObject, useEffect, useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";
import { Tooltip, TooltipContent, TooltipTrigger } from "@/components/ui/tooltip";
import { useUserClock } from "@/hooks/use-user-clock";
import { loadInputSchemas, preloadInputSchemas } from "@/lib/load-input-schemas";
import { readDraft, saveDraft } from "@/lib/new-task-draft";
import { cn } from "@/lib/utils";
import { describeDue } from "./due-date";
import { DueDatePicker } from "./due-date-picker";
import { PRIORITY_LABELS, PRIORITY_TEXT } from "./priority";
import { PriorityPicker } from "./priority-picker";
import { type ChosenOptions, newTaskFields, withoutParts } from "./quick-add/new-task-fields";
import { QuickAddChips } from "./quick-add/quick-add-chips";
import { QuickAddHighlight } from "./quick-add/quick-add-highlight";
import { useQuickAdd } from "./quick-add/use-quick-add";

interface AddTaskFormProps {
  inputRef: RefObject<HTMLInputElement | null>;
  onAdd: (input: CreateTask) => Promise<Task | null>;
  tagSuggestions: () => string[];
}

// The tag field (cmdk) loads when its popover first opens.
// Its own Suspense boundary (`loading`): without one, loading it would suspend the whole page.
const TagsField = dynamic(() => import("./tags-field").then((m) => m.TagsField), { loading: () => null });

const optionClass = "h-8 gap-1.5 px-2 text-muted-foreground data-[set=true]:text-foreground";
const NOTHING_CHOSEN: ChosenOptions = { priority: "none", dueDate: null, tags: [] };

/**
 * The new-task line, read as it is typed (quick add: "Gym every mon 7am #health !high"), what it
 * recognised shown as chips under it; and priority, due date and tags as small icon buttons beside it.
 * What the line says wins; choosing with a button takes the line's words for that field out of it. Its
 * draft survives a reload or a trip to the sign-in page.
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

  useEffect(() => {
    setTitle(readDraft());
  }, []);

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
        <Toolbar.Root aria-label="Options of the new task" className="flex items-center gap-1">
          <DueDatePicker value={fields.dueDate} onChange={(dueDate) => choose({ dueDate }, ["date"])}>
            <Toolbar.Button asChild>
              <Button
                variant="ghost"
                size="sm"
                data-set={fields.dueDate !== null}
                aria-label={due ? `Due date: ${due.label}` : "Due date"}
                className={cn(optionClass, due?.tone === "overdue" && "text-overdue")}
              >
                <CalendarIcon aria-hidden="true" />
                {due?.label}
              </Button>
            </Toolbar.Button>
          </DueDatePicker>
          <PriorityPicker
            value={fields.priority}
            onChange={(priority: TaskPriority) => choose({ priority }, ["priority"])}
          >
            <Toolbar.Button asChild>
              <Button
                variant="ghost"
                size="sm"
                data-set={fields.priority !== "none"}
                aria-label={`Priority: ${PRIORITY_LABELS[fields.priority]}`}
                className={optionClass}
              >
                <FlagIcon aria-hidden="true" className={PRIORITY_TEXT[fields.priority]} />
                {fields.priority !== "none" && PRIORITY_LABELS[fields.priority]}
              </Button>
            </Toolbar.Button>
          </PriorityPicker>
          <Popover>
            <Tooltip>
              <TooltipTrigger asChild>
                <PopoverTrigger asChild>
                  <Toolbar.Button asChild>
                    <Button
                      variant="ghost"
                      size="sm"
                      data-set={fields.tags.length > 0}
                      aria-label={fields.tags.length ? `Tags: ${fields.tags.join(", ")}` : "Tags"}
                      className={optionClass}
                    >
                      <HashIcon aria-hidden="true" />
                      {fields.tags.length > 0 && <span className="max-w-48 truncate">{fields.tags.join(" ")}</span>}
                    </Button>
                  </Toolbar.Button>
                </PopoverTrigger>
              </TooltipTrigger>
              <TooltipContent>Tags</TooltipContent>
            </Tooltip>
            <PopoverContent align="start" className="w-80">
              <TagsField
                value={chosen.tags}
                onChange={(tags) => setChosen((current) => ({ ...current, tags }))}
                suggestions={tagSuggestions()}
                label="Tags of the new task"
                focusOnMount
              />
            </PopoverContent>
          </Popover>
        </Toolbar.Root>
        <p id={errorId} role="alert" className="ml-auto px-1 text-destructive text-sm empty:hidden">
          {error}
        </p>
      </div>
    </form>
  );
}
