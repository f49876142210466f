"use client";

import { useSortable } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import type { Task, UpdateTask } from "@todo/contracts";
import { GripVerticalIcon, PanelRightOpenIcon, PencilIcon } from "lucide-react";
import { type KeyboardEvent, memo, useEffect, useRef, useState } from "react";
import { flushSync } from "react-dom";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/utils";
import { TaskActionsMenu } from "./task-actions-menu";
import { TaskCheckbox } from "./task-checkbox";
import { TaskMeta } from "./task-meta";
import { TaskTitleEditor } from "./task-title-editor";

export interface TaskRowProps {
  task: Task;
  /** The list's one tab stop (roving focus): this row's title takes Tab; the others are reached by arrows. */
  tabbable: boolean;
  /** Resolves to false when the change was not saved (the failure told already): a title typed here comes back. */
  onUpdate: (task: Task, change: UpdateTask) => Promise<boolean>;
  onDelete: (task: Task) => void;
  onOpenDetails: (task: Task) => void;
  onTagClick: (tag: string) => void;
  onFocusRow: (task: Task) => void;
  /** In manual order: the row can be dragged (by its grip) and moved with Alt+↑/↓. */
  sortable?: boolean;
  onMoveKey?: (task: Task, direction: -1 | 1) => void;
}

/** The drag-and-drop id of a task's row (lists in the sidebar have their own). */
export function taskDragId(id: number): string {
  return `task-${id}`;
}

/** The element that holds a row's focus, for the list's arrow keys. */
export function rowFocusId(id: number): string {
  return `task-${id}-title`;
}

/**
 * One task as the apps people choose draw it: round checkbox in the priority's colour, the title,
 * a quiet line of metadata, and actions on hover and focus (always on touch screens) and in "…".
 * Keys on a focused row: x/Space complete, Enter/e edit, o details, Delete/# delete, "." menu.
 */
export const TaskRow = memo(function TaskRow({
  task,
  tabbable,
  onUpdate,
  onDelete,
  onOpenDetails,
  onTagClick,
  onFocusRow,
  sortable = false,
  onMoveKey,
}: TaskRowProps) {
  const drag = useSortable({ id: taskDragId(task.id), disabled: !sortable, data: { task } });
  const [editing, setEditing] = useState(false);
  // A title typed here that could not be saved: the editor opens on it again.
  const [unsaved, setUnsaved] = useState<string | null>(null);
  const [menuOpen, setMenuOpen] = useState(false);
  // The "…" menu mounts once the row is pointed at or focused (TaskActionsMenu's `ready`).
  const [menuReady, setMenuReady] = useState(false);
  const titleRef = useRef<HTMLButtonElement>(null);
  // After Enter or Escape the keyboard user goes on from the title; after a click elsewhere, focus stays there.
  const refocusTitle = useRef(false);

  useEffect(() => {
    if (editing || !refocusTitle.current) return;
    refocusTitle.current = false;
    titleRef.current?.focus();
  }, [editing]);

  function closeEditor(byKey: boolean) {
    refocusTitle.current = byKey;
    setEditing(false);
    setUnsaved(null);
  }

  function onRowKey(event: KeyboardEvent<HTMLButtonElement>) {
    if (event.altKey && sortable && (event.key === "ArrowUp" || event.key === "ArrowDown")) {
      event.preventDefault();
      event.stopPropagation();
      onMoveKey?.(task, event.key === "ArrowUp" ? -1 : 1);
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const act: Record<string, () => void> = {
      x: () => onUpdate(task, { completed: !task.completed }),
      " ": () => onUpdate(task, { completed: !task.completed }),
      Enter: () => setEditing(true),
      e: () => setEditing(true),
      o: () => onOpenDetails(task),
      Delete: () => onDelete(task),
      Backspace: () => onDelete(task),
      "#": () => onDelete(task),
      ".": () => setMenuOpen(true),
    };
    const action = act[event.key];
    if (!action) return;
    event.preventDefault();
    event.stopPropagation();
    action();
  }

  return (
    <li
      ref={drag.setNodeRef}
      style={{ transform: CSS.Translate.toString(drag.transform), transition: drag.transition }}
      data-testid="task"
      data-task-id={task.id}
      data-completed={task.completed}
      data-dragging={drag.isDragging || undefined}
      // At once, not at React's next turn: a mouse press that follows lands on Radix's trigger, not on the
      // button it replaces.
      onPointerEnter={() => {
        if (!menuReady) flushSync(() => setMenuReady(true));
      }}
      className="group relative flex items-start gap-3 border-b bg-card px-2 py-2.5 last:border-b-0 focus-within:bg-accent/60 hover:bg-accent/40 data-[dragging]:z-10 data-[dragging]:opacity-80 data-[dragging]:shadow-lg pointer-coarse:py-3"
    >
      {sortable && (
        <button
          type="button"
          tabIndex={-1}
          aria-label={`Drag "${task.title}" (or Alt+arrow keys)`}
          className="absolute top-1/2 -left-6 hidden -translate-y-1/2 cursor-grab touch-none rounded-sm p-0.5 text-muted-foreground group-hover:block pointer-coarse:static pointer-coarse:block pointer-coarse:translate-y-0 pointer-coarse:self-center"
          {...drag.listeners}
        >
          <GripVerticalIcon className="size-4" aria-hidden="true" />
        </button>
      )}
      <TaskCheckbox task={task} onToggle={() => onUpdate(task, { completed: !task.completed })} />
      {editing ? (
        <TaskTitleEditor
          title={task.title}
          typed={unsaved}
          onSave={(title) => {
            refocusTitle.current = true;
            setEditing(false);
            setUnsaved(null);
            // Not saved (offline, the server away): the editor opens again with what was typed, to try again.
            void onUpdate(task, { title }).then((saved) => {
              if (saved) return;
              setUnsaved(title);
              setEditing(true);
            });
          }}
          onClose={closeEditor}
        />
      ) : (
        <div className="min-w-0 flex-1">
          <button
            ref={titleRef}
            id={rowFocusId(task.id)}
            data-row-focus
            data-row-id={task.id}
            type="button"
            tabIndex={tabbable ? 0 : -1}
            onFocus={() => {
              setMenuReady(true);
              onFocusRow(task);
            }}
            onDoubleClick={() => setEditing(true)}
            onKeyDown={onRowKey}
            aria-keyshortcuts={sortable ? "Enter x o Delete . Alt+ArrowUp Alt+ArrowDown" : "Enter x o Delete ."}
            aria-describedby="task-row-keys"
            className={cn(
              "block w-full break-words rounded-sm text-left outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50",
              task.completed && "text-muted-foreground line-through",
            )}
          >
            {task.title}
          </button>
          {task.description && (
            // Line breaks as typed; two lines at most here, the whole text in the details.
            <p className="mt-0.5 line-clamp-2 whitespace-pre-line break-words text-muted-foreground text-sm">
              {task.description}
            </p>
          )}
          <TaskMeta task={task} onTagClick={onTagClick} />
        </div>
      )}
      {!editing && (
        <div
          className={cn(
            "-my-1 flex shrink-0 items-center gap-0.5",
            "pointer-fine:opacity-0 pointer-fine:group-focus-within:opacity-100 pointer-fine:group-hover:opacity-100",
            menuOpen && "pointer-fine:opacity-100",
          )}
        >
          <Button
            variant="ghost"
            size="icon-sm"
            tabIndex={-1}
            onClick={() => setEditing(true)}
            aria-label={`Edit "${task.title}"`}
            className="text-muted-foreground pointer-coarse:hidden"
          >
            <PencilIcon aria-hidden="true" />
          </Button>
          <Button
            variant="ghost"
            size="icon-sm"
            tabIndex={-1}
            onClick={() => onOpenDetails(task)}
            aria-label={`Details of "${task.title}"`}
            className="text-muted-foreground pointer-coarse:hidden"
          >
            <PanelRightOpenIcon aria-hidden="true" />
          </Button>
          <TaskActionsMenu
            task={task}
            ready={menuReady}
            open={menuOpen}
            onOpenChange={setMenuOpen}
            onEdit={() => setEditing(true)}
            onOpenDetails={() => onOpenDetails(task)}
            onUpdate={(change) => onUpdate(task, change)}
            onDelete={() => onDelete(task)}
            onCloseFocus={() =>
              // After the menu's action has run: unless it moved focus somewhere (details, a neighbour), back to the row.
              requestAnimationFrame(() => {
                if (document.activeElement === document.body) titleRef.current?.focus();
              })
            }
          />
        </div>
      )}
    </li>
  );
});
