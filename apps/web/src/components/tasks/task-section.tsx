"use client";

import { SortableContext, verticalListSortingStrategy } from "@dnd-kit/sortable";
import type { Task } from "@todo/contracts";
import { ChevronRightIcon } from "lucide-react";
import { type ReactNode, useId, useState } from "react";
import { Button } from "@/components/ui/button";
import type { useTaskList } from "@/hooks/tasks/use-task-list";
import { cn } from "@/lib/utils";
import { TaskRow, type TaskRowProps, taskDragId } from "./task-row";
import { TaskSkeleton } from "./task-skeleton";

type RowHandlers = Omit<TaskRowProps, "task" | "tabbable" | "sortable">;

interface TaskSectionProps extends RowHandlers {
  list: ReturnType<typeof useTaskList>;
  label: string;
  tabbableId: number | null;
  /** What to show when the list is empty (null: show nothing at all). */
  empty: ReactNode;
  /** A collapsible section with a heading (the completed tasks under the open ones). */
  collapsible?: boolean;
  /** Rows in manual order: dragged to reorder, or moved with Alt+↑/↓. */
  sortable?: boolean;
  /** Rows in consecutive groups, each under its heading (Upcoming's days). */
  groupBy?: ((task: Task) => { key: string; label: string }) | undefined;
}

/** Consecutive runs of tasks with the same group key, in order. */
function runs(tasks: readonly Task[], groupBy: NonNullable<TaskSectionProps["groupBy"]>) {
  const groups: { key: string; label: string; tasks: Task[] }[] = [];
  for (const task of tasks) {
    const { key, label } = groupBy(task);
    const last = groups.at(-1);
    if (last?.key === key) last.tasks.push(task);
    else groups.push({ key, label, tasks: [task] });
  }
  return groups;
}

/** One list of tasks in its states: placeholder rows, error with retry, empty, rows, "Load more". */
export function TaskSection({
  list,
  label,
  tabbableId,
  empty,
  collapsible = false,
  groupBy,
  sortable = false,
  ...handlers
}: TaskSectionProps) {
  const [expanded, setExpanded] = useState(true);
  const listId = useId();
  const { tasks } = list;

  if (list.phase === "loading") return collapsible ? null : <TaskSkeleton />;
  if (list.phase === "error")
    return (
      <div role="alert" className="rounded-lg border border-destructive/40 p-6 text-center">
        <p className="font-medium">Your tasks could not be loaded.</p>
        {list.loadError && <p className="mt-1 text-muted-foreground text-sm">{list.loadError}</p>}
        <Button variant="outline" className="mt-3" onClick={list.reload}>
          Try again
        </Button>
      </div>
    );
  if (tasks.length === 0) return empty;

  return (
    <div className={cn(collapsible && "mt-6")}>
      {collapsible && (
        <h3>
          <button
            type="button"
            aria-expanded={expanded}
            aria-controls={listId}
            onClick={() => setExpanded((v) => !v)}
            className="flex items-center gap-1 rounded-sm px-1 py-1 font-medium text-muted-foreground text-sm outline-none hover:text-foreground focus-visible:ring-[3px] focus-visible:ring-ring/50"
          >
            <ChevronRightIcon
              aria-hidden="true"
              className={cn("size-4 transition-transform", expanded && "rotate-90")}
            />
            {label}
            <span className="tabular-nums">{list.hasMore ? `${tasks.length}+` : tasks.length}</span>
          </button>
        </h3>
      )}
      <div id={listId} hidden={!expanded}>
        {groupBy ? (
          <div className="space-y-5">
            {runs(tasks, groupBy).map((group) => (
              <section key={group.key} aria-label={group.label}>
                <h3 className="mb-1.5 px-1 font-medium text-sm">{group.label}</h3>
                <ul aria-label={`${label} ${group.label}`} className="rounded-lg border bg-card">
                  {group.tasks.map((task) => (
                    <TaskRow key={task.id} task={task} tabbable={task.id === tabbableId} {...handlers} />
                  ))}
                </ul>
              </section>
            ))}
          </div>
        ) : (
          <SortableContext items={tasks.map((t) => taskDragId(t.id))} strategy={verticalListSortingStrategy}>
            <ul aria-label={label} className="rounded-lg border bg-card">
              {tasks.map((task: Task) => (
                <TaskRow
                  key={task.id}
                  task={task}
                  tabbable={task.id === tabbableId}
                  sortable={sortable}
                  {...handlers}
                />
              ))}
            </ul>
          </SortableContext>
        )}
        {list.hasMore && (
          <div className="mt-3 text-center">
            <Button variant="outline" onClick={() => void list.loadMore()}>
              Load more
            </Button>
          </div>
        )}
      </div>
    </div>
  );
}
