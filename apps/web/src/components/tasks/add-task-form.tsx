"use client";

import { CreateTaskSchema, type Task, type TaskPriority } from "@todo/contracts";
import { CalendarIcon, FlagIcon, HashIcon, PlusIcon } from "lucide-react";
import dynamic from "next/dynamic";
import { Toolbar } from "radix-ui";
import { type FormEvent, type RefObject, useEffect, useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";
import { Tooltip, TooltipContent, TooltipTrigger } from "@/components/ui/tooltip";
import { readDraft, saveDraft } from "@/lib/new-task-draft";
import { cn } from "@/lib/utils";
import { describeDue } from "./due-date";
import { DueDatePicker } from "./due-date-picker";
import { PRIORITY_LABELS, PRIORITY_TEXT } from "./priority";
import { PriorityPicker } from "./priority-picker";

interface AddTaskFormProps {
  inputRef: RefObject<HTMLInputElement | null>;
  onAdd: (input: ReturnType<typeof CreateTaskSchema.parse>) => Promise<Task | null>;
  tagSuggestions: () => string[];
}

// The tag field (cmdk) loads when its popover first opens.
// Its own Suspense boundary (`loading`): without one, loading it would suspend the whole page.
const TagsField = dynamic(() => import("./tags-field").then((m) => m.TagsField), { loading: () => null });

const optionClass = "h-8 gap-1.5 px-2 text-muted-foreground data-[set=true]:text-foreground";

/**
 * The new-task line: the title, and priority, due date and tags as small icon buttons beside it
 * (each a popover or menu, showing its value once set). Its draft survives a reload or a trip to
 * the sign-in page.
 */
export function AddTaskForm({ inputRef, onAdd, tagSuggestions }: AddTaskFormProps) {
  const [title, setTitle] = useState("");
  const [priority, setPriority] = useState<TaskPriority>("none");
  const [dueDate, setDueDate] = useState<string | null>(null);
  const [tags, setTags] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const errorId = useId();

  useEffect(() => {
    setTitle(readDraft());
  }, []);

  function changeTitle(value: string) {
    setTitle(value);
    setError(null);
    saveDraft(value);
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const parsed = CreateTaskSchema.safeParse({ title, priority, tags, ...(dueDate && { dueDate }) });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? "Check the task");
      return;
    }
    setBusy(true);
    const added = await onAdd(parsed.data);
    setBusy(false);
    if (!added) return;
    changeTitle("");
    setPriority("none");
    setDueDate(null);
    setTags([]);
    inputRef.current?.focus();
  }

  const due = dueDate ? describeDue(dueDate) : null;
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
        <input
          id="new-task"
          ref={inputRef}
          value={title}
          onChange={(e) => changeTitle(e.target.value)}
          placeholder="Add a task"
          autoComplete="off"
          enterKeyHint="done"
          aria-keyshortcuts="n"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          className="h-12 min-w-0 flex-1 bg-transparent text-base outline-none placeholder:text-muted-foreground"
        />
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
      <div className="flex flex-wrap items-center gap-1 border-t px-2 py-1">
        {/* One tab stop for the three options (arrows between them): the list is fewer Tabs away. */}
        <Toolbar.Root aria-label="Options of the new task" className="flex items-center gap-1">
          <DueDatePicker value={dueDate} onChange={setDueDate}>
            <Toolbar.Button asChild>
              <Button
                variant="ghost"
                size="sm"
                data-set={dueDate !== null}
                aria-label={due ? `Due date: ${due.label}` : "Due date"}
                className={cn(optionClass, due?.tone === "overdue" && "text-overdue")}
              >
                <CalendarIcon aria-hidden="true" />
                {due?.label}
              </Button>
            </Toolbar.Button>
          </DueDatePicker>
          <PriorityPicker value={priority} onChange={setPriority}>
            <Toolbar.Button asChild>
              <Button
                variant="ghost"
                size="sm"
                data-set={priority !== "none"}
                aria-label={`Priority: ${PRIORITY_LABELS[priority]}`}
                className={optionClass}
              >
                <FlagIcon aria-hidden="true" className={PRIORITY_TEXT[priority]} />
                {priority !== "none" && PRIORITY_LABELS[priority]}
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
                      data-set={tags.length > 0}
                      aria-label={tags.length ? `Tags: ${tags.join(", ")}` : "Tags"}
                      className={optionClass}
                    >
                      <HashIcon aria-hidden="true" />
                      {tags.length > 0 && <span className="max-w-48 truncate">{tags.join(" ")}</span>}
                    </Button>
                  </Toolbar.Button>
                </PopoverTrigger>
              </TooltipTrigger>
              <TooltipContent>Tags</TooltipContent>
            </Tooltip>
            <PopoverContent align="start" className="w-80">
              <TagsField value={tags} onChange={setTags} suggestions={tagSuggestions()} label="Tags of the new task" />
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
