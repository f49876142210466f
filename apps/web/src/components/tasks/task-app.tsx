"use client";

import type { Task, UpdateTask } from "@todo/contracts";
import { useCallback, useMemo, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { useActiveCount } from "@/hooks/tasks/use-active-count";
import { useAddTask } from "@/hooks/tasks/use-add-task";
import { useDeleteTasks } from "@/hooks/tasks/use-delete-tasks";
import { useTaskList } from "@/hooks/tasks/use-task-list";
import { type Conflict, useUpdateTask } from "@/hooks/tasks/use-update-task";
import { useListFilters } from "@/hooks/use-list-filters";
import { useShortcuts } from "@/hooks/use-shortcuts";
import { AddTaskForm } from "./add-task-form";
import { ConflictDialog } from "./conflict-dialog";
import { HelpDialog } from "./help-dialog";
import { TaskItem } from "./task-item";
import { TaskSkeleton } from "./task-skeleton";
import { TaskToolbar } from "./task-toolbar";

function plural(n: number, one: string, many: string) {
  return `${n} ${n === 1 ? one : many}`;
}

/** The tasks page: add, list, filter, edit, complete and delete, all through the REST API. */
export function TaskApp({ userId }: { userId: string }) {
  const { filters, setFilters } = useListFilters();
  const newTaskRef = useRef<HTMLInputElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const [conflict, setConflict] = useState<Conflict | null>(null);

  const list = useTaskList(userId, filters);
  const activeCount = useActiveCount(userId);
  const add = useAddTask(userId);
  const update = useUpdateTask(userId, setConflict);
  const remove = useDeleteTasks(userId);
  const { tasks } = list;

  useShortcuts(
    useMemo(
      () => ({
        n: () => newTaskRef.current?.focus(),
        "/": () => searchRef.current?.focus(),
        "?": () => setHelpOpen(true),
      }),
      [],
    ),
  );

  const completed = tasks.filter((t) => t.completed);
  const active = tasks.filter((t) => !t.completed);
  const onUpdate = useCallback((task: Task, change: UpdateTask) => void update(task, change), [update]);
  const onDelete = useCallback(
    (task: Task) => {
      const index = tasks.findIndex((t) => t.id === task.id);
      const neighbour = tasks[index + 1] ?? tasks[index - 1];
      // Focus would fall back to the page with the deleted row: keep it in the list instead.
      (neighbour ? document.getElementById(`task-${neighbour.id}-title`) : newTaskRef.current)?.focus();
      remove([task]);
    },
    [tasks, remove],
  );

  return (
    <div className="space-y-6">
      <AddTaskForm inputRef={newTaskRef} onAdd={add} />
      <TaskToolbar filters={filters} onChange={setFilters} searchRef={searchRef} />

      <section aria-labelledby="tasks-heading" aria-busy={list.phase === "loading"} className="min-h-64">
        <h2 id="tasks-heading" className="sr-only">
          Tasks
        </h2>
        {list.phase === "loading" && <TaskSkeleton />}
        {list.phase === "error" && (
          <div role="alert" className="rounded-lg border border-red-200 p-6 text-center dark:border-red-900">
            <p className="font-medium">Your tasks could not be loaded.</p>
            {list.loadError && <p className="mt-1 text-neutral-600 text-sm dark:text-neutral-400">{list.loadError}</p>}
            <Button variant="secondary" className="mt-3" onClick={list.reload}>
              Try again
            </Button>
          </div>
        )}
        {list.phase === "ready" && tasks.length === 0 && (
          <div className="rounded-lg border border-neutral-300 border-dashed p-10 text-center text-neutral-600 dark:border-neutral-700 dark:text-neutral-400">
            {filters.q || filters.tag || filters.priority || filters.view !== "all"
              ? "No tasks match these filters."
              : "Nothing to do yet. Add your first task above."}
          </div>
        )}
        {list.phase === "ready" && tasks.length > 0 && (
          <ul aria-label="Tasks" className="rounded-lg border border-neutral-200 dark:border-neutral-800">
            {tasks.map((task) => (
              <TaskItem
                key={task.id}
                task={task}
                onUpdate={onUpdate}
                onDelete={onDelete}
                onTagClick={(tag) => setFilters({ tag })}
              />
            ))}
          </ul>
        )}
        {list.phase === "ready" && list.hasMore && (
          <div className="mt-4 text-center">
            <Button variant="secondary" onClick={() => void list.loadMore()}>
              Load more
            </Button>
          </div>
        )}
      </section>

      {/* Only once the list is in: below a list of unknown height it would jump as the list replaced its placeholder. */}
      {list.phase !== "loading" && (
        <footer className="flex flex-wrap items-center justify-between gap-3 text-neutral-600 text-sm dark:text-neutral-400">
          <span aria-live="polite" data-testid="items-left">
            {activeCount !== null && `${plural(activeCount, "item", "items")} left`}
          </span>
          <span className="flex flex-wrap gap-2">
            {/* aria-disabled, not disabled: the button keeps the focus it had when it did its work. */}
            <Button
              variant="ghost"
              aria-disabled={active.length === 0}
              onClick={() => {
                for (const task of active) void update(task, { completed: true });
              }}
            >
              Mark all complete
            </Button>
            <Button variant="ghost" aria-disabled={completed.length === 0} onClick={() => remove(completed)}>
              Clear completed
            </Button>
            <Button variant="ghost" onClick={() => setHelpOpen(true)} aria-keyshortcuts="?">
              Shortcuts
            </Button>
          </span>
        </footer>
      )}

      <HelpDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
      <ConflictDialog
        conflict={conflict}
        onKeepTheirs={() => setConflict(null)}
        onKeepMine={(theirs, mine) => {
          setConflict(null);
          void update(theirs, mine, { force: true });
        }}
      />
    </div>
  );
}
