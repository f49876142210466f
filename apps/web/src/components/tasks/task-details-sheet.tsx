"use client";

import {
  DESCRIPTION_MAX,
  TASK_PRIORITIES,
  type Task,
  type TaskPriority,
  type UpdateTask,
  UpdateTaskSchema,
} from "@todo/contracts";
import { CheckIcon, FlagIcon, RefreshCwIcon } from "lucide-react";
import { type FormEvent, useEffect, useEffectEvent, useId, useRef, useState } from "react";
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
import { onTaskDeletedElsewhere } from "@/hooks/live/deleted-elsewhere";
import type { Conflict } from "@/hooks/tasks/use-update-task";
import { useBackCloses } from "@/hooks/use-back-closes";
import { useMediaQuery } from "@/hooks/use-media-query";
import { useWarnBeforeUnload } from "@/hooks/use-warn-before-unload";
import { toastDeletedElsewhere } from "./deleted-elsewhere-toast";
import { type DetailsDraft, detailsChange, detailsDraftOf, withUnsaved } from "./details-draft";
import { DueField } from "./due-field";
import { PRIORITY_LABELS, PRIORITY_TEXT } from "./priority";
import { RemindersField } from "./reminders/reminders-field";
import { RepeatField } from "./repeat/repeat-field";
import { SubtasksEditor } from "./subtasks-editor";
import { TagsField } from "./tags-field";
import { rowFocusId } from "./task-row";

interface TaskDetailsSheetProps {
  userId: string;
  task: Task | null;
  /** A change made here before that could not be saved: the form opens with it, to be saved again. */
  unsaved?: UpdateTask | null;
  onClose: () => void;
  onSave: (task: Task, change: UpdateTask) => void;
  /** Saving a change to a task changed elsewhere meanwhile: which version to keep is asked. */
  onConflict: (conflict: Conflict) => void;
  /** Completes the task (a recurring one: this occurrence), after its changes are saved. */
  onComplete: (task: Task) => void;
  /** What was typed for a task deleted elsewhere meanwhile, kept at the user's word: added as a new task. */
  onKeepAsNew: (task: Task, draft: DetailsDraft) => void;
  tagSuggestions: () => string[];
}

/**
 * A task's details: a side panel on wide screens, a bottom sheet on phones. Closing it with
 * changes not saved asks first, by its own buttons, Escape or the browser's Back (a reload or a
 * closed tab: the browser asks); after it closes, focus goes back to the task's row.
 */
export function TaskDetailsSheet({
  userId,
  task,
  unsaved = null,
  onClose,
  onSave,
  onConflict,
  onComplete,
  onKeepAsNew,
  tagSuggestions,
}: TaskDetailsSheetProps) {
  const wide = useMediaQuery("(min-width: 640px)", true);
  const [dirty, setDirty] = useState(false);
  const [confirming, setConfirming] = useState(false);
  // Closing clears `task` before the sheet hands focus back: remember whose row to return to.
  const shownId = useRef<number | null>(null);
  if (task) shownId.current = task.id;
  // Gone from under the form (deleted, or moved out of every list this tab holds): nothing is held any more.
  if (task === null && dirty) setDirty(false);

  function requestClose() {
    if (dirty) setConfirming(true);
    else onClose();
  }
  useWarnBeforeUnload(task !== null && dirty);
  useBackCloses(task?.id ?? null, () => {
    requestClose();
    return dirty;
  });

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
              unsaved={unsaved}
              onDirty={setDirty}
              onCancel={requestClose}
              onDeletedElsewhere={(held) => {
                setDirty(false);
                setConfirming(false);
                onClose();
                toastDeletedElsewhere(task, held, (draft) => onKeepAsNew(task, draft));
              }}
              onConflict={(mine) => {
                setDirty(false);
                onConflict({ mine, theirs: task });
                onClose();
              }}
              onSave={(change, complete) => {
                setDirty(false);
                if (change) onSave(task, change);
                // Completed as it will be once saved: a repeat just set makes it a recurring task's completion.
                if (complete) onComplete(change ? withChange(task, change) : task);
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

function withChange(task: Task, change: UpdateTask): Task {
  return {
    ...task,
    ...change,
    ...(change.dueDate === null && { dueTime: null, recurrence: null, reminders: [] }),
  } as Task;
}

interface DetailsFormProps {
  task: Task;
  unsaved: UpdateTask | null;
  onDirty: (dirty: boolean) => void;
  onCancel: () => void;
  /** The task was deleted on another tab or device: with the draft when it held a change. */
  onDeletedElsewhere: (unsaved: DetailsDraft | null) => void;
  /** The fields that changed, or null when none did; and whether to complete the task after. */
  onSave: (change: UpdateTask | null, complete: boolean) => void;
  /** My change, made on a version of the task that has since changed elsewhere in a field this form edits. */
  onConflict: (mine: UpdateTask) => void;
  tagSuggestions: () => string[];
  userId: string;
}

function DetailsForm({
  task,
  unsaved,
  onDirty,
  onCancel,
  onDeletedElsewhere,
  onSave,
  onConflict,
  tagSuggestions,
  userId,
}: DetailsFormProps) {
  const [draft, setDraft] = useState<DetailsDraft>(() => withUnsaved(detailsDraftOf(task), unsaved));
  // Opened on a change not saved: closing asks before throwing it away, as for one just typed.
  useEffect(() => {
    if (unsaved) onDirty(true);
  }, []);
  // The version the draft was made from. Another tab or device may change the task meanwhile (live updates):
  // an untouched form follows; one with edits says so, and saving asks which version to keep.
  const [base, setBase] = useState(task);
  const changedElsewhere = Object.keys(detailsChange(detailsDraftOf(task), base)).length > 0;
  const edited = Object.keys(detailsChange(draft, base)).length > 0;
  if (changedElsewhere && !edited) {
    setBase(task);
    setDraft(detailsDraftOf(task));
  }
  const deletedElsewhere = useEffectEvent((id: number) => {
    if (id === task.id) onDeletedElsewhere(edited ? draft : null);
  });
  useEffect(() => onTaskDeletedElsewhere((id) => deletedElsewhere(id)), []);
  const [error, setError] = useState<string | null>(null);
  // What a field could not take (a time typed wrong, a repeat that ends before it starts): no saving meanwhile.
  const [problems, setProblems] = useState<Record<string, string | null>>({});
  const id = useId();

  function change(next: Partial<DetailsDraft>) {
    const merged = { ...draft, ...next };
    setDraft(merged);
    setError(null);
    onDirty(Object.keys(detailsChange(merged, base)).length > 0);
  }
  const problemOf = (field: string) => (problem: string | null) => {
    setProblems((all) => ({ ...all, [field]: problem }));
    if (!problem) setError(null);
  };

  function save(complete: boolean) {
    const problem = Object.values(problems).find(Boolean);
    if (problem) return setError(problem);
    const changed = detailsChange(draft, changedElsewhere ? base : task);
    if (Object.keys(changed).length === 0) return onSave(null, complete);
    const parsed = UpdateTaskSchema.safeParse(changed);
    if (!parsed.success) return setError(parsed.error.issues.map((i) => i.message).join(". "));
    if (changedElsewhere) return onConflict(parsed.data);
    onSave(parsed.data, complete);
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    save(false);
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex min-h-0 flex-1 flex-col">
      <SheetHeader>
        <SheetTitle>Task details</SheetTitle>
        <SheetDescription className="sr-only">
          Edit the title, description, priority, due date and time, repeat, reminders and tags.
        </SheetDescription>
      </SheetHeader>
      <div className="grid gap-5 px-4">
        {changedElsewhere && (
          <div role="status" className="flex items-center gap-2 rounded-md border p-2 text-sm">
            <span className="flex-1">
              This task was changed elsewhere while you edit. Saving asks which version to keep.
            </span>
            <Button
              variant="outline"
              size="sm"
              onClick={() => {
                setBase(task);
                setDraft(detailsDraftOf(task));
                onDirty(false);
              }}
            >
              <RefreshCwIcon aria-hidden="true" /> Show theirs
            </Button>
          </div>
        )}
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
          <DueField
            value={draft}
            completed={task.completed}
            // Without a date there is nothing for reminders to count back from: they go with it.
            onChange={(due) => change(due.dueDate === null ? { ...due, reminders: [] } : due)}
            onProblem={problemOf("time")}
          />
        </div>
        <RepeatField
          recurrence={draft.recurrence}
          dueDate={draft.dueDate}
          onChange={({ recurrence, dueDate }) => change({ recurrence, ...(dueDate && { dueDate }) })}
          onProblem={problemOf("repeat")}
        />
        <RemindersField
          reminders={draft.reminders}
          dueDate={draft.dueDate}
          onChange={(reminders) => change({ reminders })}
        />
        <TagsField value={draft.tags} onChange={(tags) => change({ tags })} suggestions={tagSuggestions} label="Tags" />
        <p role="alert" className="min-h-5 text-destructive text-sm">
          {error}
        </p>
        {/* One level only: a subtask has none of its own. */}
        {task.parentId === null && <SubtasksEditor userId={userId} parent={task} />}
      </div>
      <SheetFooter className="flex-row justify-end border-t">
        {!task.completed && (
          <Button variant="ghost" className="mr-auto" onClick={() => save(true)}>
            <CheckIcon aria-hidden="true" /> {task.recurrence ? "Complete this one" : "Complete"}
          </Button>
        )}
        <Button variant="outline" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit">Save</Button>
      </SheetFooter>
    </form>
  );
}
