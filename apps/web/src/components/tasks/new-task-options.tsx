"use client";

import type { TaskPriority } from "@todo/contracts";
import { CalendarIcon, FlagIcon, HashIcon } from "lucide-react";
import dynamic from "next/dynamic";
import { Slot, Toolbar } from "radix-ui";
import { type ReactElement, startTransition, useEffect, useRef, useState } from "react";
import { flushSync } from "react-dom";
import { Button } from "@/components/ui/button";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";
import { Tooltip, TooltipContent, TooltipTrigger } from "@/components/ui/tooltip";
import { cn } from "@/lib/utils";
import { whenIdle } from "@/lib/when-idle";
import type { DueTone } from "./due-date";
import { DueDatePicker } from "./due-date-picker";
import { PRIORITY_LABELS, PRIORITY_TEXT } from "./priority";
import { PriorityPicker } from "./priority-picker";

// The tag field (cmdk) loads when its popover first opens.
// Its own Suspense boundary (`loading`): without one, loading it would suspend the whole page.
const TagsField = dynamic(() => import("./tags-field").then((m) => m.TagsField), { loading: () => null });

type Option = "due" | "priority" | "tags";

/** What Radix's closed trigger of each picker says, for the button drawn before the picker mounts. */
const CLOSED_TRIGGER: Record<Option, { "aria-haspopup": "dialog" | "menu" }> = {
  due: { "aria-haspopup": "dialog" },
  priority: { "aria-haspopup": "menu" },
  tags: { "aria-haspopup": "dialog" },
};

const optionClass = "h-8 gap-1.5 px-2 text-muted-foreground data-[set=true]:text-foreground";

interface NewTaskOptionsProps {
  dueDate: string | null;
  /** The due date in words ("Tomorrow"), as the line or the picker set it. */
  due: { label: string; tone: DueTone } | null;
  priority: TaskPriority;
  /** The tags the task will get (the line's and the chosen ones). */
  tags: string[];
  /** The tags chosen with the tag field. */
  chosenTags: string[];
  onDueDate: (date: string | null) => void;
  onPriority: (priority: TaskPriority) => void;
  onChosenTags: (tags: string[]) => void;
  tagSuggestions: () => string[];
}

/**
 * The new task's due date, priority and tags as small icon buttons beside the add box: one toolbar (a
 * single Tab stop, arrows between them), each button opening its picker. The pickers (Radix popovers and
 * a menu: about 75 React fibers) mount when the browser is first idle after the page loads, or at once when the
 * toolbar is pointed at, focused or clicked; until then each button is drawn alone, saying what Radix's
 * closed trigger says, so that the page's hydration does not pay for pickers nobody has reached for yet.
 */
export function NewTaskOptions(props: NewTaskOptionsProps) {
  const { dueDate, due, priority, tags, chosenTags, onDueDate, onPriority, onChosenTags, tagSuggestions } = props;
  const [ready, setReady] = useState(false);
  /** A picker asked for by a click on its button before the pickers mounted (a screen reader's): it mounts open. */
  const [openAtMount, setOpenAtMount] = useState<Option | null>(null);
  const readyRef = useRef(false);
  const rootRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (ready) return;
    return whenIdle(() => startTransition(() => setReady(true)), 3000);
  }, [ready]);

  /**
   * Mounts the pickers now, before the event that asked goes on: a press after the pointer came in lands
   * on Radix's trigger, and focus that landed on a button drawn alone moves to the trigger that replaced it.
   */
  function readyNow(focused?: Option, open?: Option) {
    // `ready` once the idle mount has committed; while its transition still renders, flushSync finishes it here.
    if (ready || readyRef.current) return;
    readyRef.current = true;
    flushSync(() => {
      if (open) setOpenAtMount(open);
      setReady(true);
    });
    if (focused) rootRef.current?.querySelector<HTMLElement>(`[data-option="${focused}"]`)?.focus();
  }

  const button = (option: Option, label: string, set: boolean, content: ReactElement, className = optionClass) => {
    const drawn = (
      <Button variant="ghost" size="sm" data-option={option} data-set={set} aria-label={label} className={className}>
        {content}
      </Button>
    );
    if (ready) return <Toolbar.Button asChild>{drawn}</Toolbar.Button>;
    return (
      <Slot.Root
        {...CLOSED_TRIGGER[option]}
        aria-expanded={false}
        data-state="closed"
        onClick={() => readyNow(option, option)}
      >
        <Toolbar.Button asChild>{drawn}</Toolbar.Button>
      </Slot.Root>
    );
  };

  const dueButton = button(
    "due",
    due ? `Due date: ${due.label}` : "Due date",
    dueDate !== null,
    <>
      <CalendarIcon aria-hidden="true" />
      {due?.label}
    </>,
    cn(optionClass, due?.tone === "overdue" && "text-overdue"),
  );
  const priorityButton = button(
    "priority",
    `Priority: ${PRIORITY_LABELS[priority]}`,
    priority !== "none",
    <>
      <FlagIcon aria-hidden="true" className={PRIORITY_TEXT[priority]} />
      {priority !== "none" && PRIORITY_LABELS[priority]}
    </>,
  );
  const tagsButton = button(
    "tags",
    tags.length ? `Tags: ${tags.join(", ")}` : "Tags",
    tags.length > 0,
    <>
      <HashIcon aria-hidden="true" />
      {tags.length > 0 && <span className="max-w-48 truncate">{tags.join(" ")}</span>}
    </>,
  );

  return (
    <Toolbar.Root
      ref={rootRef}
      aria-label="Options of the new task"
      className="flex items-center gap-1"
      onPointerEnter={() => readyNow()}
      onFocus={(event) => readyNow((event.target as HTMLElement).dataset.option as Option | undefined)}
    >
      {ready ? (
        <>
          <DueDatePicker value={dueDate} onChange={onDueDate} defaultOpen={openAtMount === "due"}>
            {dueButton}
          </DueDatePicker>
          <PriorityPicker value={priority} onChange={onPriority} defaultOpen={openAtMount === "priority"}>
            {priorityButton}
          </PriorityPicker>
          <Popover defaultOpen={openAtMount === "tags"}>
            <Tooltip>
              <TooltipTrigger asChild>
                <PopoverTrigger asChild>{tagsButton}</PopoverTrigger>
              </TooltipTrigger>
              <TooltipContent>Tags</TooltipContent>
            </Tooltip>
            <PopoverContent align="start" className="w-80">
              <TagsField
                value={chosenTags}
                onChange={onChosenTags}
                suggestions={tagSuggestions}
                label="Tags of the new task"
                focusOnMount
              />
            </PopoverContent>
          </Popover>
        </>
      ) : (
        <>
          {dueButton}
          {priorityButton}
          {tagsButton}
        </>
      )}
    </Toolbar.Root>
  );
}
