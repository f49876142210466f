"use client";

import type { List, Task } from "@todo/contracts";
import {
  CalendarDaysIcon,
  CheckCircle2Icon,
  CircleIcon,
  HashIcon,
  InboxIcon,
  KeyboardIcon,
  ListIcon,
  ListTodoIcon,
  LoaderCircleIcon,
  LogOutIcon,
  MonitorIcon,
  MoonIcon,
  PlusIcon,
  SearchIcon,
  SunIcon,
} from "lucide-react";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useEffectEvent, useMemo, useRef, useState } from "react";
import { useSignOut } from "@/components/auth/use-sign-out";
import { type ThemeChoice, useThemeChoice } from "@/components/theme/use-theme-choice";
import {
  CommandDialog,
  CommandEmpty,
  CommandGroup,
  CommandInput,
  CommandItem,
  CommandList,
  CommandShortcut,
  useCommandState,
} from "@/components/ui/command";
import { useTaskSearch } from "@/hooks/tasks/use-task-search";
import type { View } from "@/hooks/use-list-filters";
import { COMMAND_PLACEHOLDER } from "./command-palette-loader";
import { paletteFilter, taskValue } from "./palette-filter";
import { scopePath } from "./task-scope";
import { VIEW_LABELS } from "./task-toolbar";

export interface CommandPaletteProps {
  /** What was typed before the palette was there (it loads on first use): its search starts with it. */
  initialSearch?: string;
  /** Enter was pressed before it was there: choose the first match at once. */
  chooseOnOpen?: boolean;
  userId: string;
  lists: readonly List[] | null;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The page's tasks: shown before anything is typed, and searched here until the server's search answers. */
  tasks: readonly Task[];
  onView: (view: View) => void;
  onOpenTask: (task: Task) => void;
  onNewTask: () => void;
  onSearch: () => void;
  onShowShortcuts: () => void;
}

const VIEW_ICONS = { all: ListIcon, active: CircleIcon, completed: CheckCircle2Icon };
const THEME_ITEMS = [
  ["light", "Light theme", SunIcon],
  ["dark", "Dark theme", MoonIcon],
  ["system", "System theme", MonitorIcon],
] as const;

/** Ctrl/⌘+K: jump to a view, find a task in any list (its details open, in its list), or run an action. */
export function CommandPalette({
  initialSearch = "",
  chooseOnOpen = false,
  userId,
  lists,
  open,
  onOpenChange: setOpen,
  tasks,
  onView,
  onOpenTask,
  onNewTask,
  onSearch,
  onShowShortcuts,
}: CommandPaletteProps) {
  const [search, setSearch] = useState(initialSearch);
  const found = useTaskSearch(userId, search);
  // The page's tasks, before the first answer: the first 200 (cmdk matches each against what is typed).
  const shownTasks = found?.tasks ?? tasks.slice(0, 200);
  // The answer to what is typed now (not a former search's, nor the last while typing goes on): its next pages load
  // as the end of its tasks is reached.
  const more = found && found.q !== "" && found.q === search.trim() && found.hasMore ? found : null;
  const lastTask = shownTasks.at(-1);
  const foundQ = found?.q ?? "";
  const foundTasks = found?.tasks;
  const filter = useMemo(() => paletteFilter(foundQ, foundTasks ?? []), [foundQ, foundTasks]);
  const listNames = new Map((lists ?? []).map((l) => [l.id, l.name]));
  // Each time it opens, it starts empty.
  const onOpenChange = (next: boolean) => {
    if (!next) setSearch("");
    setOpen(next);
  };
  const input = useRef<HTMLInputElement | null>(null);
  // Handed over from the stand-in box (command-palette-loader.tsx), the focus went with it: the search box takes it as
  // it is attached, in the same commit, with the caret after what was typed there. Else a key pressed before Radix's
  // auto-focus (an effect, after a paint) fell on the page (where N, / and ? are shortcuts), and that auto-focus
  // selects the box's text, which the next key replaced.
  const attachInput = useCallback((box: HTMLInputElement | null) => {
    input.current = box;
    if (!box || document.activeElement !== document.body) return;
    box.focus();
    box.setSelectionRange(box.value.length, box.value.length);
  }, []);
  useEffect(() => {
    if (!chooseOnOpen) return;
    // As the Enter would have: once cmdk has picked the first match (a frame or a few after mounting).
    let frame = 0;
    const choose = (framesLeft: number) => {
      const picked = input.current?.closest("[cmdk-root]")?.querySelector('[cmdk-item][data-selected="true"]');
      if (picked || framesLeft === 0) {
        input.current?.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
      } else frame = requestAnimationFrame(() => choose(framesLeft - 1));
    };
    frame = requestAnimationFrame(() => choose(60));
    return () => cancelAnimationFrame(frame);
  }, [chooseOnOpen]);
  // cmdk selects the first item as the search changes, before an answer shows a task its own match had hidden (found
  // by its description): none is selected then, and Enter would choose nothing. The first is, as after any search.
  useEffect(() => {
    if (!foundQ) return;
    const frame = requestAnimationFrame(() => {
      const root = input.current?.closest("[cmdk-root]");
      if (!root || root.querySelector('[cmdk-item][aria-selected="true"]') || !root.querySelector("[cmdk-item]"))
        return;
      input.current?.dispatchEvent(new KeyboardEvent("keydown", { key: "Home", bubbles: true }));
    });
    return () => cancelAnimationFrame(frame);
  }, [foundQ]);
  const [theme, setTheme] = useThemeChoice();
  const signOut = useSignOut();
  const router = useRouter();
  const places: { label: string; path: string; icon: typeof InboxIcon; color?: string | null }[] = [
    { label: "Inbox", path: scopePath({ kind: "inbox" }), icon: InboxIcon },
    { label: "Today", path: scopePath({ kind: "today" }), icon: SunIcon },
    { label: "Upcoming", path: scopePath({ kind: "upcoming" }), icon: CalendarDaysIcon },
    ...(lists ?? [])
      .filter((l) => !l.isInbox)
      .map((l) => ({ label: l.name, path: scopePath({ kind: "list", listId: l.id }), icon: HashIcon, color: l.color })),
  ];
  // The chosen action runs once the dialog has closed, in place of its handing focus back.
  const chosen = useRef<(() => void) | null>(null);
  const run = (action: () => void) => () => {
    chosen.current = action;
    onOpenChange(false);
  };
  return (
    <CommandDialog
      open={open}
      onOpenChange={onOpenChange}
      title="Command palette"
      description="Jump to a view, find a task or run an action"
      filter={filter}
      onCloseAutoFocus={(event) => {
        const action = chosen.current;
        chosen.current = null;
        if (!action) return;
        event.preventDefault();
        action();
      }}
    >
      <CommandInput
        ref={attachInput}
        placeholder={COMMAND_PLACEHOLDER}
        aria-label="Command or task"
        value={search}
        onValueChange={setSearch}
      />
      {/* A flex column, so that the row of more tasks stays last: cmdk's sorting moves the groups after it. */}
      <CommandList className="[&>[cmdk-list-sizer]]:flex [&>[cmdk-list-sizer]]:flex-col">
        <CommandEmpty>Nothing found.</CommandEmpty>
        <CommandGroup heading="Actions">
          <CommandItem onSelect={run(onNewTask)}>
            <PlusIcon aria-hidden="true" /> New task <CommandShortcut>N</CommandShortcut>
          </CommandItem>
          <CommandItem onSelect={run(onSearch)}>
            <SearchIcon aria-hidden="true" /> Search tasks <CommandShortcut>/</CommandShortcut>
          </CommandItem>
          <CommandItem onSelect={run(onShowShortcuts)}>
            <KeyboardIcon aria-hidden="true" /> Keyboard shortcuts <CommandShortcut>?</CommandShortcut>
          </CommandItem>
          {THEME_ITEMS.filter(([value]) => value !== theme).map(([value, label, Icon]) => (
            <CommandItem key={value} onSelect={run(() => setTheme(value as ThemeChoice))}>
              <Icon aria-hidden="true" /> Switch to {label.toLowerCase()}
            </CommandItem>
          ))}
          <CommandItem onSelect={run(() => void signOut())}>
            <LogOutIcon aria-hidden="true" /> Sign out
          </CommandItem>
        </CommandGroup>
        <CommandGroup heading="Go to">
          {places.map(({ label, path, icon: Icon, color }) => (
            <CommandItem key={path} value={`go ${label} ${path}`} onSelect={run(() => router.push(path))}>
              <Icon aria-hidden="true" style={color ? { color } : undefined} /> {label}
            </CommandItem>
          ))}
        </CommandGroup>
        <CommandGroup heading="Show">
          {(Object.keys(VIEW_LABELS) as View[]).map((view) => {
            const Icon = VIEW_ICONS[view];
            return (
              <CommandItem key={view} value={`show ${VIEW_LABELS[view]}`} onSelect={run(() => onView(view))}>
                <Icon aria-hidden="true" /> {VIEW_LABELS[view]} tasks
              </CommandItem>
            );
          })}
        </CommandGroup>
        {shownTasks.length > 0 && (
          <CommandGroup heading="Tasks">
            {shownTasks.map((task) => (
              <CommandItem
                key={task.id}
                value={taskValue(task)}
                // Found by the server for this search: kept, in its order, whatever cmdk's own match says (`filter`).
                // While typing goes on, cmdk matches what it was found by too.
                keywords={found?.q ? [found.q] : undefined}
                onSelect={run(() => onOpenTask(task))}
              >
                <ListTodoIcon aria-hidden="true" />
                <span className={task.completed ? "truncate text-muted-foreground line-through" : "truncate"}>
                  {task.title}
                </span>
                <span className="ml-auto shrink-0 truncate text-muted-foreground text-xs">
                  <span className="sr-only">, in </span>
                  {listNames.get(task.listId)}
                </span>
              </CommandItem>
            ))}
          </CommandGroup>
        )}
        {foundQ && (
          // cmdk matches its items anew only when one comes or goes, or the search changes: this one (matching
          // nothing, never shown) comes with each answer, so that the tasks already there (the page's, a former
          // answer's) are matched as this answer's, in its order.
          <CommandItem key={`found ${foundQ}`} value="" disabled className="hidden" />
        )}
        {more && lastTask && (
          <MoreTasks
            lastValue={taskValue(lastTask)}
            loading={more.loadingMore}
            busy={more.fetching}
            failed={more.loadMoreFailed}
            onReach={more.loadMore}
          />
        )}
      </CommandList>
    </CommandDialog>
  );
}

/** How far below the list's visible end the row of more tasks starts the next page's loading: a few rows ahead. */
const LOAD_AHEAD_PX = 120;

/**
 * The row after the found tasks while the search finds more than are loaded: the next page loads when the row
 * scrolls near into view, or when the last task is selected (by the arrow keys, End, or the pointer), its tasks
 * coming below what is shown, the selected one staying where it is. Not an item: nothing to choose, passed over by
 * the arrow keys.
 */
function MoreTasks({
  lastValue,
  loading,
  busy,
  failed,
  onReach,
}: {
  lastValue: string;
  /** The next page is on its way. */
  loading: boolean;
  /** Something is: the next page, or the pages loaded asked again (which `onReach` waits for). */
  busy: boolean;
  failed: boolean;
  onReach: () => void;
}) {
  const row = useRef<HTMLDivElement>(null);
  const lastSelected = useCommandState((state) => state.value === lastValue);
  // A failed load is tried again when the end is reached anew, not as soon as it has failed.
  const reach = useEffectEvent((anew: boolean) => {
    if (anew || !failed) onReach();
  });
  // Near into view. Observed anew as each fetch ends and each page arrives, the first report says whether the row
  // still is (a tall list; a refetch waited for; a load called off as a live change refetches the list instead).
  // The observer's reports come once the layout is done: cmdk shows new items a render after they mount.
  useEffect(() => {
    const root = row.current?.closest("[cmdk-list]");
    if (!row.current || !root || busy) return;
    let first = true;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) reach(!first);
        first = false;
      },
      { root, rootMargin: `0px 0px ${LOAD_AHEAD_PX}px 0px` },
    );
    observer.observe(row.current);
    return () => observer.disconnect();
  }, [busy, lastValue]);
  // The last task selected: the row is shown below it, and the next page asked for (once nothing is on its way).
  const wasSelected = useRef(false);
  useEffect(() => {
    const anew = lastSelected && !wasSelected.current;
    wasSelected.current = lastSelected;
    if (anew) row.current?.scrollIntoView({ block: "nearest" });
    if (lastSelected && !busy) reach(anew);
  }, [lastSelected, busy]);
  return (
    <div
      ref={row}
      data-testid="more-tasks"
      className="order-last flex items-center gap-2 px-4 py-2.5 text-muted-foreground text-sm"
    >
      {failed && !loading ? (
        "More tasks could not be loaded."
      ) : (
        // Seen only at the end, which starts the next page's loading when it is not already on its way.
        <>
          <LoaderCircleIcon aria-hidden="true" className="size-4 motion-safe:animate-spin" />
          Loading more tasks…
        </>
      )}
    </div>
  );
}
