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
  LogOutIcon,
  MonitorIcon,
  MoonIcon,
  PlusIcon,
  SearchIcon,
  SunIcon,
} from "lucide-react";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
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
} from "@/components/ui/command";
import { useTaskSearch } from "@/hooks/tasks/use-task-search";
import type { View } from "@/hooks/use-list-filters";
import { COMMAND_PLACEHOLDER } from "./command-palette-loader";
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
  const shownTasks = found?.tasks ?? tasks;
  const listNames = new Map((lists ?? []).map((l) => [l.id, l.name]));
  // Each time it opens, it starts empty.
  const onOpenChange = (next: boolean) => {
    if (!next) setSearch("");
    setOpen(next);
  };
  const input = useRef<HTMLInputElement>(null);
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
      onCloseAutoFocus={(event) => {
        const action = chosen.current;
        chosen.current = null;
        if (!action) return;
        event.preventDefault();
        action();
      }}
    >
      <CommandInput
        ref={input}
        placeholder={COMMAND_PLACEHOLDER}
        aria-label="Command or task"
        value={search}
        onValueChange={setSearch}
      />
      <CommandList>
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
            {shownTasks.slice(0, 200).map((task) => (
              <CommandItem
                key={task.id}
                value={`task ${task.id} ${task.title} ${task.tags.join(" ")}`}
                // Found by the server (which reads accents and descriptions too): kept whatever cmdk's own match says.
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
      </CommandList>
    </CommandDialog>
  );
}
