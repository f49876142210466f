"use client";

import { CreateTaskSchema, type TaskPriority } from "@todo/contracts";
import { type FormEvent, type RefObject, useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { controlClass } from "@/components/ui/control-class";
import { readDraft, saveDraft } from "@/lib/new-task-draft";
import { PrioritySelect } from "./priority-select";
import { parseTags } from "./tag-input";

interface AddTaskFormProps {
  inputRef: RefObject<HTMLInputElement | null>;
  onAdd: (input: ReturnType<typeof CreateTaskSchema.parse>) => Promise<boolean>;
}

/** The new-task row. Its draft survives a reload or a trip to the sign-in page. */
export function AddTaskForm({ inputRef, onAdd }: AddTaskFormProps) {
  const [title, setTitle] = useState("");
  const [priority, setPriority] = useState<TaskPriority>("none");
  const [dueDate, setDueDate] = useState("");
  const [tags, setTags] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

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
    const parsed = CreateTaskSchema.safeParse({
      title,
      priority,
      tags: parseTags(tags),
      ...(dueDate && { dueDate }),
    });
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
    setDueDate("");
    setTags("");
    inputRef.current?.focus();
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Add a task" className="space-y-2">
      <div className="flex gap-2">
        <label htmlFor="new-task" className="sr-only">
          New task
        </label>
        <input
          id="new-task"
          ref={inputRef}
          value={title}
          onChange={(e) => changeTitle(e.target.value)}
          placeholder="What needs to be done?"
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "new-task-error" : undefined}
          className="min-w-0 flex-1 rounded-lg border border-neutral-300 bg-white px-4 py-3 text-base shadow-sm outline-none focus-visible:border-indigo-500 focus-visible:ring-2 focus-visible:ring-indigo-500/40 dark:border-neutral-700 dark:bg-neutral-900"
        />
        <Button type="submit" disabled={busy} className="px-5">
          Add
        </Button>
      </div>
      <div className="flex flex-wrap gap-2 text-sm">
        <label className="sr-only" htmlFor="new-task-priority">
          Priority
        </label>
        <PrioritySelect id="new-task-priority" value={priority} onChange={setPriority} className={controlClass} />
        <label className="sr-only" htmlFor="new-task-due">
          Due date
        </label>
        <input
          id="new-task-due"
          type="date"
          value={dueDate}
          onChange={(e) => setDueDate(e.target.value)}
          className={controlClass}
        />
        <label className="sr-only" htmlFor="new-task-tags">
          Tags, separated by commas
        </label>
        <input
          id="new-task-tags"
          value={tags}
          onChange={(e) => setTags(e.target.value)}
          placeholder="Tags, comma separated"
          className={`${controlClass} min-w-40 flex-1`}
        />
      </div>
      {error && (
        <p id="new-task-error" role="alert" className="text-red-700 text-sm dark:text-red-400">
          {error}
        </p>
      )}
    </form>
  );
}
