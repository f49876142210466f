"use client";

import {
  DESCRIPTION_MAX,
  TASK_PRIORITIES,
  type Task,
  type TaskPriority,
  type UpdateTask,
  UpdateTaskSchema,
} from "@todo/contracts";
import { CalendarIcon, FlagIcon } from "lucide-react";
import { type FormEvent, useId, useRef, useState } from "react";
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Sheet, SheetContent, SheetDescription, SheetFooter, SheetHeader, SheetTitle } from "@/components/ui/sheet";
import { Textarea } from "@/components/ui/textarea";
import { useMediaQuery } from "@/hooks/use-media-query";
import { cn } from "@/lib/utils";
import { describeDue } from "./due-date";
import { DueDatePicker } from "./due-date-picker";
import { PRIORITY_LABELS, PRIORITY_TEXT } from "./priority";
import { SubtasksEditor } from "./subtasks-editor";
import { TagsField } from "./tags-field";
import { rowFocusId } from "./task-row";

interface TaskDetailsSheetProps {
  userId: string;
  task: Task | null;
  onClose: () => void;
  onSave: (task: Task, change: UpdateTask) => void;
  tagSuggestions: () => string[];
}

/**
 * A task's details: a side panel on wide screens, a bottom sheet on phones. Closing it with
 * changes not saved asks first; after it closes, focus goes back to the task's row.
 */
export function TaskDetailsSheet({ userId, task, onClose, onSave, tagSuggestions }: TaskDetailsSheetProps) {
  const wide = useMediaQuery("(min-width: 640px)", true);
  const [dirty, setDirty] = useState(false);
  const [confirming, setConfirming] = useState(false);
  // Closing clears `task` before the sheet hands focus back: remember whose row to return to.
  const shownId = useRef<number | null>(null);
  if (task) shownId.current = task.id;

  function requestClose() {
    if (dirty) setConfirming(true);
    else onClose();
  }

  return (
    <>
      <Sheet open={task !== null} onOpenChange={(open) => !open && requestClose()}>
        <SheetContent
          side={wide ? "right" : "bottom"}
          aria-describedby={undefined}
          onEscapeKeyDown={(event) => {
            // A field holding an edit of its own (a subtask's title) takes Escape to cancel that edit.
            if (event.target instanceof Element && event.target.closest("[data-own-escape]")) event.preventDefault();
          }}
          onCloseAutoFocus={(event) => {
            event.preventDefault();
            if (shownId.current !== null) document.getElementById(rowFocusId(shownId.current))?.focus();
          }}
        >
          {task && (
            <DetailsForm
              key={task.id}
              task={task}
              onDirty={setDirty}
              onCancel={requestClose}
              onSave={(change) => {
                setDirty(false);
                if (change) onSave(task, change);
                onClose();
              }}
              tagSuggestions={tagSuggestions}
              userId={userId}
            />
          )}
        </SheetContent>
      </Sheet>
      <AlertDialog open={confirming} onOpenChange={setConfirming}>
        <AlertDialogContent>
          <AlertDialogHeader>
            <AlertDialogTitle>Discard your changes?</AlertDialogTitle>
            <AlertDialogDescription>What you changed in this task's details has not been saved.</AlertDialogDescription>
          </AlertDialogHeader>
          <AlertDialogFooter>
            <AlertDialogCancel>Keep editing</AlertDialogCancel>
            <AlertDialogAction
              className="bg-destructive text-destructive-foreground hover:bg-destructive/90"
              onClick={() => {
                setDirty(false);
                onClose();
              }}
            >
              Discard
            </AlertDialogAction>
          </AlertDialogFooter>
        </AlertDialogContent>
      </AlertDialog>
    </>
  );
}

interface DetailsFormProps {
  task: Task;
  onDirty: (dirty: boolean) => void;
  onCancel: () => void;
  /** The fields that changed, or null when none did. */
  onSave: (change: UpdateTask | null) => void;
  tagSuggestions: () => string[];
  userId: string;
}

function DetailsForm({ task, onDirty, onCancel, onSave, tagSuggestions, userId }: DetailsFormProps) {
  const [draft, setDraft] = useState({
    title: task.title,
    description: task.description,
    priority: task.priority as TaskPriority,
    dueDate: task.dueDate,
    tags: task.tags,
  });
  const [error, setError] = useState<string | null>(null);
  const [suggestions] = useState(tagSuggestions);
  const id = useId();

  function change(next: Partial<typeof draft>) {
    const merged = { ...draft, ...next };
    setDraft(merged);
    setError(null);
    onDirty(
      merged.title !== task.title ||
        merged.description !== task.description ||
        merged.priority !== task.priority ||
        merged.dueDate !== task.dueDate ||
        merged.tags.join("\n") !== task.tags.join("\n"),
    );
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const changed = Object.fromEntries(
      Object.entries(draft).filter(([key, value]) => String(value) !== String(task[key as keyof typeof draft])),
    );
    if (Object.keys(changed).length === 0) return onSave(null);
    const parsed = UpdateTaskSchema.safeParse(changed);
    if (!parsed.success) {
      setError(parsed.error.issues.map((i) => i.message).join(". "));
      return;
    }
    onSave(parsed.data);
  }

  const due = draft.dueDate ? describeDue(draft.dueDate, task.completed) : null;
  return (
    <form onSubmit={onSubmit} noValidate className="flex min-h-0 flex-1 flex-col">
      <SheetHeader>
        <SheetTitle>Task details</SheetTitle>
        <SheetDescription className="sr-only">
          Edit the title, description, priority, due date and tags.
        </SheetDescription>
      </SheetHeader>
      <div className="grid gap-5 px-4">
        <div className="grid gap-2">
          <Label htmlFor={`${id}-title`}>Title</Label>
          <Input id={`${id}-title`} value={draft.title} onChange={(e) => change({ title: e.target.value })} />
        </div>
        <div className="grid gap-2">
          <Label htmlFor={`${id}-description`}>Description</Label>
          <Textarea
            id={`${id}-description`}
            value={draft.description}
            onChange={(e) => change({ description: e.target.value })}
            placeholder="Notes, links, steps…"
            maxLength={DESCRIPTION_MAX + 100}
            className="max-h-[40dvh]"
          />
        </div>
        <div className="flex flex-wrap gap-2">
          <Select value={draft.priority} onValueChange={(priority) => change({ priority: priority as TaskPriority })}>
            <SelectTrigger size="sm" aria-label="Priority">
              <FlagIcon aria-hidden="true" className={PRIORITY_TEXT[draft.priority]} />
              <SelectValue />
            </SelectTrigger>
            <SelectContent>
              {[...TASK_PRIORITIES].reverse().map((p) => (
                <SelectItem key={p} value={p}>
                  {PRIORITY_LABELS[p]}
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
          <DueDatePicker value={draft.dueDate} onChange={(dueDate) => change({ dueDate })}>
            <Button
              variant="outline"
              size="sm"
              aria-label={due ? `Due date: ${due.label}` : "Due date: none"}
              className={cn(due?.tone === "overdue" && "text-overdue")}
            >
              <CalendarIcon aria-hidden="true" />
              {due ? due.label : "No due date"}
            </Button>
          </DueDatePicker>
        </div>
        <TagsField value={draft.tags} onChange={(tags) => change({ tags })} suggestions={suggestions} label="Tags" />
        <p role="alert" className="min-h-5 text-destructive text-sm">
          {error}
        </p>
        {/* One level only: a subtask has none of its own. */}
        {task.parentId === null && <SubtasksEditor userId={userId} parent={task} />}
      </div>
      <SheetFooter className="flex-row justify-end border-t">
        <Button variant="outline" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit">Save</Button>
      </SheetFooter>
    </form>
  );
}
