import type { Task } from "@todo/contracts";
import { BellIcon, CalendarIcon, FlagIcon, HashIcon, ListChecksIcon } from "lucide-react";
import { useRef } from "react";
import { useListsContext } from "@/components/lists/lists-context";
import { useUserClock } from "@/hooks/use-user-clock";
import { useDateLocale } from "@/lib/date-locale";
import { cn } from "@/lib/utils";
import { describeDue, longDate } from "./due-date";
import { PRIORITY_LABELS, PRIORITY_TEXT } from "./priority";
import { reminderWords } from "./reminders/reminder-words";
import { RepeatMark } from "./repeat-mark";

const DUE_TONE = {
  overdue: "text-overdue font-medium",
  today: "text-priority-low font-medium",
  soon: "text-muted-foreground",
  later: "text-muted-foreground",
};

/** The quiet line under a task's title: due date and time (red when overdue), its repeat and reminders, priority, tags. */
export function TaskMeta({ task, onTagClick }: { task: Task; onTagClick: (tag: string) => void }) {
  const { lists, nameTaskLists } = useListsContext();
  const list = nameTaskLists ? lists?.find((l) => l.id === task.listId) : undefined;
  const clock = useUserClock();
  const locale = useDateLocale();
  // The date the row was first drawn with: a later one (a recurring task moved on) slides in.
  const firstDue = useRef(task.dueDate);
  const due = task.dueDate ? describeDue({ ...task, dueDate: task.dueDate }, task.completed, clock, locale) : null;
  const { total, completed } = task.subtasks;
  if (!due && task.priority === "none" && task.tags.length === 0 && !list && total === 0) return null;
  return (
    <div className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-muted-foreground text-xs">
      {task.dueDate && due && (
        <span className={cn("inline-flex items-center gap-1", DUE_TONE[due.tone])} data-testid="task-due">
          <CalendarIcon className="size-3.5" aria-hidden="true" />
          <span className="sr-only">{due.tone === "overdue" ? "Overdue, due" : "Due"}</span>
          <time
            key={task.dueDate}
            dateTime={task.dueTime ? `${task.dueDate}T${task.dueTime}` : task.dueDate}
            title={`${longDate(task.dueDate, locale)}${task.dueTime ? ` ${task.dueTime}` : ""}`}
            className={cn(
              task.dueDate !== firstDue.current &&
                "motion-safe:fade-in-0 motion-safe:slide-in-from-left-2 motion-safe:animate-in motion-safe:duration-500",
            )}
          >
            {due.label}
          </time>
          {task.recurrence && <RepeatMark recurrence={task.recurrence} />}
        </span>
      )}
      {task.dueDate && task.reminders.length > 0 && <ReminderMark task={task} />}
      {total > 0 && (
        <span className="inline-flex items-center gap-1 tabular-nums" data-testid="task-subtasks">
          <ListChecksIcon className="size-3.5" aria-hidden="true" />
          <span className="sr-only">Subtasks done:</span>
          {completed}/{total}
        </span>
      )}
      {task.priority !== "none" && (
        <span className={cn("inline-flex items-center gap-1", PRIORITY_TEXT[task.priority])}>
          <FlagIcon className="size-3.5" aria-hidden="true" />
          {PRIORITY_LABELS[task.priority]}
        </span>
      )}
      {list && (
        <span className="inline-flex items-center gap-1" data-testid="task-list">
          <span className="sr-only">In list</span>
          <span
            aria-hidden="true"
            className="size-2 rounded-full bg-muted-foreground"
            style={list.color ? { backgroundColor: list.color } : undefined}
          />
          {list.name}
        </span>
      )}
      {task.tags.map((tag) => (
        <button
          key={tag}
          type="button"
          tabIndex={-1}
          onClick={() => onTagClick(tag)}
          aria-label={`Show tasks tagged ${tag}`}
          className="inline-flex items-center gap-0.5 rounded-sm hover:text-foreground hover:underline"
        >
          <HashIcon className="size-3" aria-hidden="true" />
          {tag}
        </button>
      ))}
    </div>
  );
}

/** A bell for a task with reminders; their words in its tooltip and for a screen reader. */
function ReminderMark({ task }: { task: Task }) {
  const words = task.reminders.map((r) => reminderWords(r.minutesBefore)).join(", ");
  return (
    <span className="inline-flex items-center" title={`Reminders: ${words}`} data-testid="task-reminders">
      <BellIcon className="size-3.5" aria-hidden="true" />
      <span className="sr-only">Reminders: {words}</span>
    </span>
  );
}
