"use client";

import type { Task, UpdateTask } from "@todo/contracts";
import { type KeyboardEvent, useEffect, useRef, useState } from "react";
import { formatDueDate, isOverdue } from "./due-date";
import { PRIORITY_LABELS, PRIORITY_STYLES } from "./priority";
import { TaskDetailsForm } from "./task-details-form";

interface TaskItemProps {
  task: Task;
  onUpdate: (task: Task, change: UpdateTask) => void;
  onDelete: (task: Task) => void;
  onTagClick: (tag: string) => void;
}

/** One task: toggle, inline title edit (double-click or Enter), details, delete. */
export function TaskItem({ task, onUpdate, onDelete, onTagClick }: TaskItemProps) {
  const [editing, setEditing] = useState(false);
  const [showDetails, setShowDetails] = useState(false);
  const [draft, setDraft] = useState(task.title);
  const overdue = isOverdue(task.dueDate, task.completed);
  const titleRef = useRef<HTMLButtonElement>(null);
  // After Enter or Escape the keyboard user goes on from the title; after a click elsewhere, focus stays there.
  const refocusTitle = useRef(false);

  useEffect(() => {
    if (editing || !refocusTitle.current) return;
    refocusTitle.current = false;
    titleRef.current?.focus();
  }, [editing]);

  function startEditing() {
    setDraft(task.title);
    setEditing(true);
  }

  function save() {
    setEditing(false);
    const title = draft.trim();
    if (title && title !== task.title) onUpdate(task, { title });
  }

  function onEditKey(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "Enter") {
      refocusTitle.current = true;
      save();
    }
    if (event.key === "Escape") {
      event.preventDefault();
      refocusTitle.current = true;
      setEditing(false);
    }
  }

  return (
    <li
      className="group border-neutral-200 border-b px-2 py-3 last:border-b-0 dark:border-neutral-800"
      data-testid="task"
      data-completed={task.completed}
    >
      <div className="flex items-start gap-3">
        <input
          type="checkbox"
          checked={task.completed}
          onChange={() => onUpdate(task, { completed: !task.completed })}
          aria-label={`Mark "${task.title}" as ${task.completed ? "not done" : "done"}`}
          className="mt-1 size-5 shrink-0 accent-indigo-600"
        />
        <div className="min-w-0 flex-1">
          {editing ? (
            <input
              // biome-ignore lint/a11y/noAutofocus: the user asked to edit this title.
              autoFocus
              value={draft}
              onChange={(e) => setDraft(e.target.value)}
              onKeyDown={onEditKey}
              onBlur={save}
              aria-label="Edit title"
              className="w-full rounded border border-indigo-500 bg-white px-2 py-1 outline-none ring-2 ring-indigo-500/40 dark:bg-neutral-900"
            />
          ) : (
            <button
              ref={titleRef}
              id={`task-${task.id}-title`}
              type="button"
              onDoubleClick={startEditing}
              onKeyDown={(e) => {
                if (e.key !== "Enter") return;
                e.preventDefault();
                startEditing();
              }}
              title="Double-click or press Enter to edit"
              className={`block w-full break-words rounded text-left focus-visible:outline-2 focus-visible:outline-indigo-500 ${
                task.completed ? "text-neutral-500 line-through dark:text-neutral-400" : ""
              }`}
            >
              {task.title}
            </button>
          )}
          {task.description && !showDetails && (
            <p className="mt-1 line-clamp-2 text-neutral-600 text-sm dark:text-neutral-400">{task.description}</p>
          )}
          <div className="mt-1 flex flex-wrap items-center gap-1.5 text-xs">
            {task.priority !== "none" && (
              <span className={`rounded-full px-2 py-0.5 font-medium ${PRIORITY_STYLES[task.priority]}`}>
                {PRIORITY_LABELS[task.priority]}
              </span>
            )}
            {task.dueDate && (
              <span
                className={
                  overdue ? "font-semibold text-red-700 dark:text-red-400" : "text-neutral-600 dark:text-neutral-400"
                }
              >
                {overdue ? "Overdue · " : "Due "}
                <time dateTime={task.dueDate}>{formatDueDate(task.dueDate)}</time>
              </span>
            )}
            {task.tags.map((tag) => (
              <button
                key={tag}
                type="button"
                onClick={() => onTagClick(tag)}
                aria-label={`Show tasks tagged ${tag}`}
                className="rounded-full bg-neutral-100 px-2 py-0.5 text-neutral-700 hover:bg-neutral-200 focus-visible:outline-2 focus-visible:outline-indigo-500 dark:bg-neutral-800 dark:text-neutral-300"
              >
                #{tag}
              </button>
            ))}
          </div>
        </div>
        <button
          type="button"
          onClick={() => setShowDetails((v) => !v)}
          aria-expanded={showDetails}
          aria-label={`Details of "${task.title}"`}
          className="rounded px-2 py-1 text-neutral-600 text-sm hover:bg-neutral-100 focus-visible:outline-2 focus-visible:outline-indigo-500 dark:text-neutral-400 dark:hover:bg-neutral-800"
        >
          Details
        </button>
        <button
          type="button"
          onClick={() => onDelete(task)}
          aria-label={`Delete "${task.title}"`}
          className="rounded px-2 py-1 text-red-700 text-sm hover:bg-red-50 focus-visible:outline-2 focus-visible:outline-indigo-500 dark:text-red-400 dark:hover:bg-red-950"
        >
          Delete
        </button>
      </div>
      {showDetails && (
        <TaskDetailsForm
          task={task}
          onSave={(change) => {
            onUpdate(task, change);
            setShowDetails(false);
          }}
          onCancel={() => setShowDetails(false)}
        />
      )}
    </li>
  );
}
