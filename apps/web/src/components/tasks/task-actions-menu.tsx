"use client";

import { TASK_PRIORITIES, type Task, type TaskPriority, type UpdateTask } from "@todo/contracts";
import {
  CalendarXIcon,
  FolderInputIcon,
  HashIcon,
  InboxIcon,
  MoreHorizontalIcon,
  PanelRightOpenIcon,
  PencilIcon,
  Trash2Icon,
} from "lucide-react";
import { useListsContext } from "@/components/lists/lists-context";
import { Button } from "@/components/ui/button";
import {
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuRadioGroup,
  DropdownMenuRadioItem,
  DropdownMenuSeparator,
  DropdownMenuShortcut,
  DropdownMenuSub,
  DropdownMenuSubContent,
  DropdownMenuSubTrigger,
} from "@/components/ui/dropdown-menu";
import { DropdownMenuOnDemand } from "@/components/ui/dropdown-menu-on-demand";
import { useUserClock } from "@/hooks/use-user-clock";
import { quickDueChoices } from "./due-date-picker";
import { PRIORITY_LABELS } from "./priority";

interface TaskActionsMenuProps {
  task: Task;
  /**
   * Whether the menu's machinery is wanted yet: the row was pointed at or focused. Until then the
   * "…" button is drawn alone (a click on it still opens the menu; "." and `open` do too), so that a
   * page of tasks does not hydrate a Radix menu per row before anyone reaches for one (DropdownMenuOnDemand).
   */
  ready: boolean;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onEdit: () => void;
  onOpenDetails: () => void;
  onUpdate: (change: UpdateTask) => void;
  onDelete: () => void;
  /** Where focus goes when the menu closes (the row), rather than to the "…" button. */
  onCloseFocus: () => void;
}

/** The "…" menu of a task: every action of the row, for touch, keyboard (".") and mouse alike. */
export function TaskActionsMenu({
  task,
  ready,
  open,
  onOpenChange,
  onEdit,
  onOpenDetails,
  onUpdate,
  onDelete,
  onCloseFocus,
}: TaskActionsMenuProps) {
  const { lists } = useListsContext();
  const { today } = useUserClock();
  const trigger = (
    <Button
      variant="ghost"
      size="icon-sm"
      tabIndex={-1}
      aria-label={`More actions for "${task.title}"`}
      aria-keyshortcuts="."
      className="text-muted-foreground pointer-coarse:size-11"
    >
      <MoreHorizontalIcon aria-hidden="true" />
    </Button>
  );
  return (
    <DropdownMenuOnDemand trigger={trigger} ready={ready} open={open} onOpenChange={onOpenChange} modal={false}>
      <DropdownMenuContent
        align="end"
        className="w-56"
        onCloseAutoFocus={(event) => {
          event.preventDefault();
          onCloseFocus();
        }}
      >
        <DropdownMenuItem onSelect={onEdit}>
          <PencilIcon aria-hidden="true" /> Edit title <DropdownMenuShortcut>Enter</DropdownMenuShortcut>
        </DropdownMenuItem>
        <DropdownMenuItem onSelect={onOpenDetails}>
          <PanelRightOpenIcon aria-hidden="true" /> Open details <DropdownMenuShortcut>O</DropdownMenuShortcut>
        </DropdownMenuItem>
        <DropdownMenuSeparator />
        <DropdownMenuLabel>Due date</DropdownMenuLabel>
        {quickDueChoices(today).map(({ label, date, icon: Icon }) => (
          <DropdownMenuItem key={label} onSelect={() => onUpdate({ dueDate: date })} disabled={task.dueDate === date}>
            <Icon aria-hidden="true" /> {label}
          </DropdownMenuItem>
        ))}
        {task.dueDate && (
          <DropdownMenuItem onSelect={() => onUpdate({ dueDate: null })}>
            <CalendarXIcon aria-hidden="true" /> No date
          </DropdownMenuItem>
        )}
        <DropdownMenuSeparator />
        <DropdownMenuLabel>Priority</DropdownMenuLabel>
        <DropdownMenuRadioGroup
          value={task.priority}
          onValueChange={(value) => onUpdate({ priority: value as TaskPriority })}
        >
          {[...TASK_PRIORITIES].reverse().map((p) => (
            <DropdownMenuRadioItem key={p} value={p}>
              {PRIORITY_LABELS[p]}
            </DropdownMenuRadioItem>
          ))}
        </DropdownMenuRadioGroup>
        {lists && lists.length > 1 && (
          <>
            <DropdownMenuSeparator />
            <DropdownMenuSub>
              <DropdownMenuSubTrigger>
                <FolderInputIcon aria-hidden="true" /> Move to…
              </DropdownMenuSubTrigger>
              <DropdownMenuSubContent>
                {lists.map((list) => (
                  <DropdownMenuItem
                    key={list.id}
                    disabled={list.id === task.listId}
                    onSelect={() => onUpdate({ listId: list.id })}
                  >
                    {list.isInbox ? (
                      <InboxIcon aria-hidden="true" />
                    ) : (
                      <HashIcon aria-hidden="true" style={list.color ? { color: list.color } : undefined} />
                    )}
                    {list.name}
                  </DropdownMenuItem>
                ))}
              </DropdownMenuSubContent>
            </DropdownMenuSub>
          </>
        )}
        <DropdownMenuSeparator />
        <DropdownMenuItem variant="destructive" onSelect={onDelete}>
          <Trash2Icon aria-hidden="true" className="text-destructive" /> Delete{" "}
          <DropdownMenuShortcut>Del</DropdownMenuShortcut>
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenuOnDemand>
  );
}
