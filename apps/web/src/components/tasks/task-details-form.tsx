"use client";

import { type Task, type TaskPriority, type UpdateTask, UpdateTaskSchema } from "@todo/contracts";
import { type FormEvent, useState } from "react";
import { Button } from "@/components/ui/button";
import { controlClass } from "@/components/ui/control-class";
import { PrioritySelect } from "./priority-select";
import { parseTags } from "./tag-input";

interface TaskDetailsFormProps {
  task: Task;
  onSave: (change: UpdateTask) => void;
  onCancel: () => void;
}

/** Description, priority, due date and tags of one task; Escape cancels. */
export function TaskDetailsForm({ task, onSave, onCancel }: TaskDetailsFormProps) {
  const [description, setDescription] = useState(task.description);
  const [priority, setPriority] = useState<TaskPriority>(task.priority);
  const [dueDate, setDueDate] = useState(task.dueDate ?? "");
  const [tags, setTags] = useState(task.tags.join(", "));
  const [error, setError] = useState<string | null>(null);
  const id = `task-${task.id}`;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const parsed = UpdateTaskSchema.safeParse({
      description,
      priority,
      dueDate: dueDate || null,
      tags: parseTags(tags),
    });
    if (!parsed.success) {
      setError(parsed.error.issues.map((i) => i.message).join(". "));
      return;
    }
    onSave(parsed.data);
  }

  const control = `w-full ${controlClass}`;
  return (
    <form
      onSubmit={onSubmit}
      onKeyDown={(e) => e.key === "Escape" && onCancel()}
      aria-label={`Details of "${task.title}"`}
      className="mt-3 grid gap-3 pl-8 sm:grid-cols-3"
    >
      <div className="sm:col-span-3">
        <label htmlFor={`${id}-description`} className="mb-1 block font-medium text-sm">
          Description
        </label>
        <textarea
          id={`${id}-description`}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          rows={3}
          className={control}
        />
      </div>
      <div>
        <label htmlFor={`${id}-priority`} className="mb-1 block font-medium text-sm">
          Priority
        </label>
        <PrioritySelect id={`${id}-priority`} value={priority} onChange={setPriority} className={control} />
      </div>
      <div>
        <label htmlFor={`${id}-due`} className="mb-1 block font-medium text-sm">
          Due date
        </label>
        <input
          id={`${id}-due`}
          type="date"
          value={dueDate}
          onChange={(e) => setDueDate(e.target.value)}
          className={control}
        />
      </div>
      <div>
        <label htmlFor={`${id}-tags`} className="mb-1 block font-medium text-sm">
          Tags
        </label>
        <input
          id={`${id}-tags`}
          value={tags}
          onChange={(e) => setTags(e.target.value)}
          placeholder="comma separated"
          className={control}
        />
      </div>
      {error && (
        <p role="alert" className="text-red-700 text-sm sm:col-span-3 dark:text-red-400">
          {error}
        </p>
      )}
      <div className="flex gap-2 sm:col-span-3">
        <Button type="submit">Save</Button>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
