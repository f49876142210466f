"use client";

import type { CreateTask, Task, UpdateTask } from "@todo/contracts";
import type { PlainDate } from "@todo/dates";
import dynamic from "next/dynamic";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { toast } from "sonner";
import { AppShell } from "@/components/layout/app-shell";
import { ListsContext } from "@/components/lists/lists-context";
import { useLists } from "@/hooks/lists/use-lists";
import { useMoveList } from "@/hooks/lists/use-move-list";
import { useLiveChanges } from "@/hooks/live/use-live-changes";
import { useReminderToasts } from "@/hooks/reminders/use-reminder-toasts";
import { useTimeZone } from "@/hooks/settings/use-time-zone";
import { matches } from "@/hooks/tasks/list-cache";
import { useActiveCount } from "@/hooks/tasks/use-active-count";
import { useAddTask } from "@/hooks/tasks/use-add-task";
import { useCompletion } from "@/hooks/tasks/use-completion";
import { useDeleteTasks } from "@/hooks/tasks/use-delete-tasks";
import { useKnownTags } from "@/hooks/tasks/use-known-tags";
import { useMoveTask } from "@/hooks/tasks/use-move-task";
import { useTaskList } from "@/hooks/tasks/use-task-list";
import { type Conflict, useUpdateTask } from "@/hooks/tasks/use-update-task";
import { undoLatest } from "@/hooks/undo/last-undo";
import { useListFilters } from "@/hooks/use-list-filters";
import { useOpenedOnce } from "@/hooks/use-opened-once";
import { useRovingRows } from "@/hooks/use-roving-rows";
import { useShortcuts } from "@/hooks/use-shortcuts";
import { type ServerClock, ServerClockContext, TimeZoneContext, useTodayIn } from "@/hooks/use-user-clock";
import { DateLocaleContext } from "@/lib/date-locale";
import { sectionsOf } from "@/lib/list-filters";
import { getSessionToken } from "@/lib/session-token";
import { whenIdle } from "@/lib/when-idle";
import { AddTaskForm } from "./add-task-form";
import { CommandPaletteLoader } from "./command-palette-loader";
import { type DateWords, rememberDateWords } from "./date-words";
import { newTaskOf } from "./details-draft";
import { dueLabel, longDate } from "./due-date";
import { TaskDrag } from "./task-drag";
import { EmptyState } from "./task-empty-state";
import { TaskFooter } from "./task-footer";
import { rowFocusId } from "./task-row";
import { byDueDate, scopeList, scopePath, scopeQuery, scopeTitle, type TaskScope } from "./task-scope";
import { TaskSection } from "./task-section";
import { TaskToolbar, VIEW_LABELS } from "./task-toolbar";
import { TasksRegion } from "./tasks-region";
import { useTaskLinks } from "./use-task-links";

// Dialogs load their code when first opened, not with the page (see the JavaScript budget). Not the
// palette: Ctrl+K and typing follow each other faster than its code would arrive. `loading` gives each
// its own Suspense boundary: without one, the first opening suspends the whole page (the list hides
// for a moment and the focused row loses its focus).
const ConflictDialog = dynamic(() => import("./conflict-dialog").then((m) => m.ConflictDialog), {
  loading: () => null,
});
const HelpDialog = dynamic(() => import("./help-dialog").then((m) => m.HelpDialog), { loading: () => null });
const TaskDetailsSheet = dynamic(() => import("./task-details-sheet").then((m) => m.TaskDetailsSheet), {
  loading: () => null,
});

/** Upcoming's groups: one per due day, named as the rows name dates ("Today", "Tomorrow", "Friday"…). */
function dueDays(today: PlainDate, locale: string | undefined) {
  return (task: Task): { key: string; label: string } => {
    const dueDate = task.dueDate ?? "";
    const words = dueDate && dueLabel({ dueDate, dueTime: null }, today, locale);
    return { key: dueDate, label: dueDate ? `${words} · ${longDate(dueDate, locale)}` : "No date" };
  };
}

interface TaskAppProps {
  user: { id: string; name: string; email: string };
  scope: TaskScope;
  /** What the server read of the clock as it rendered the page (see ServerClock). */
  serverClock: ServerClock;
  /** The locale the page writes dates in (see DateLocaleContext). */
  locale: string;
  /** What the server wrote of the tasks' due dates, when it drew the page with its tasks (see date-words.ts). */
  dateWords?: DateWords | undefined;
}

/** The tasks page: add, list, filter, edit, complete and delete, all through the REST API. */
export function TaskApp({ user, scope, serverClock, locale, dateWords }: TaskAppProps) {
  // Before any row writes a date: the rows below read the server's words, the same ones, without starting ICU.
  if (dateWords) rememberDateWords(dateWords);
  const userId = user.id;
  const { lists } = useLists(userId);
  const router = useRouter();
  // "Today" is the user's, in their time zone: this device's only until their settings are in.
  const zone = useTimeZone(userId);
  // The date alone: the page re-renders when the day changes; rows and fields that show a time tick by themselves.
  const today = useTodayIn(zone.zone, serverClock);
  const list = scopeList(scope, lists);
  const title = scopeTitle(scope, list);
  const { filters, setFilters } = useListFilters(scopeQuery(scope, list?.id ?? null, today), {
    byDue: byDueDate(scope),
  });
  const newTaskRef = useRef<HTMLInputElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const [paletteOpen, setPaletteOpen] = useState(false);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [detailsId, setDetailsId] = useState<number | null>(null);
  // A change made in the details that could not be saved: they open again with it.
  const [unsavedDetails, setUnsavedDetails] = useState<{ id: number; change: UpdateTask } | null>(null);

  // "All" shows open tasks, then the completed ones in a section of their own (whatever the sort).
  const { split, open: openFilters, done: doneFilters } = useMemo(() => sectionsOf(filters), [filters]);
  // A list's tasks wait for the list's id (the Inbox's is known once the lists are); Today's and Upcoming's
  // for the user's time zone, which decides their days (or for its failure: this device's zone then).
  const ready = byDueDate(scope) ? zone.known || zone.failed : Boolean(list);
  const open = useTaskList(userId, openFilters, { enabled: ready });
  const done = useTaskList(userId, doneFilters, { enabled: ready && split });
  const shown = useMemo(() => (split ? [...open.tasks, ...done.tasks] : open.tasks), [split, open.tasks, done.tasks]);

  const activeCount = useActiveCount(userId, filters, { enabled: ready });
  const add = useAddTask(userId);
  const update = useUpdateTask(userId, setConflict);
  useLiveChanges(userId);
  const remove = useDeleteTasks(userId);
  const move = useMoveTask(userId);
  const moveList = useMoveList(userId);
  const [announcement, setAnnouncement] = useState("");
  const tagSuggestions = useKnownTags(userId);
  const roving = useRovingRows(shown);

  // The page came with its data, so nothing asked for an API token yet: fetch it now, not with the first write
  // (which would then wait for it, and fail with it if the database went away meanwhile). Once the browser is idle:
  // not in the task that hydrates the page.
  useEffect(() => whenIdle(() => void getSessionToken().catch(() => {}), 1_000), []);

  // A reminder's link, a task the palette found in another list, a reload or Back and Forward with details open: the
  // task's details open, wherever its list has it (see use-task-links.ts).
  const { details, openById } = useTaskLinks({ userId, path: scopePath(scope), shown, detailsId, setDetailsId });
  useReminderToasts(userId, zone.zone, openById);

  useShortcuts(
    useMemo(
      () => ({
        n: () => newTaskRef.current?.focus(),
        "/": () => searchRef.current?.focus(),
        "?": () => setHelpOpen(true),
        "mod+k": () => setPaletteOpen((v) => !v),
        "mod+z": () => {
          if (!undoLatest()) toast("Nothing to undo");
        },
      }),
      [],
    ),
  );

  const completion = useCompletion(userId, update, today);
  const onUpdate = useCallback(
    (task: Task, change: UpdateTask) => {
      // Completing or reopening, from the checkbox, the x key or the menu: a recurring task's occurrence too.
      if (Object.keys(change).length === 1 && change.completed !== undefined && change.completed !== task.completed) {
        completion.toggle(task);
        return Promise.resolve(true);
      }
      return update(task, change);
    },
    [update, completion],
  );
  const onDelete = useCallback((task: Task) => remove([task]), [remove]);
  const onOpenDetails = useCallback((task: Task) => setDetailsId(task.id), []);
  // The palette finds tasks in every list: one this page does not show opens in its own list, details open.
  const onOpenFound = useCallback(
    (task: Task) => {
      if (list?.id === task.listId || shown.some((t) => t.id === task.id)) return setDetailsId(task.id);
      const inbox = lists?.find((l) => l.id === task.listId)?.isInbox;
      router.push(`${scopePath(inbox ? { kind: "inbox" } : { kind: "list", listId: task.listId })}?task=${task.id}`);
    },
    [list, lists, shown, router],
  );
  const onTagClick = useCallback((tag: string) => setFilters({ tag }), [setFilters]);

  const onAdd = useCallback(
    async (input: CreateTask) => {
      // Added where the user is: into this list; due today in Today and Upcoming (unless dated).
      const task = await add({
        ...input,
        // Quick add's ^List names the list; else the list shown (the Inbox in Today and Upcoming).
        ...(list && input.listId === undefined && { listId: list.id }),
        ...(!list && !input.dueDate && { dueDate: today }),
      });
      const elsewhere = task && list && task.listId !== list.id ? lists?.find((l) => l.id === task.listId) : undefined;
      // Saved in another list (quick add's ^List): say where, and offer to go there.
      if (task && elsewhere)
        toast(`Added to ${elsewhere.name}`, {
          description: `“${task.title}”`,
          action: {
            label: `Open ${elsewhere.name}`,
            onClick: () => router.push(scopePath({ kind: "list", listId: elsewhere.id })),
          },
        });
      // Saved, but this view hides it: say so, and offer to show it, or the user adds it again.
      else if (task && !matches(task, filters))
        toast("Task added, but hidden by this view", {
          description: `“${task.title}” is not shown in ${VIEW_LABELS[filters.view]}${filters.q || filters.tag || filters.priority ? " with these filters" : ""}.`,
          action: { label: "Show all", onClick: () => setFilters({ view: "all", q: "", tag: null, priority: null }) },
        });
      return task;
    },
    [add, filters, setFilters, list, lists, today, router],
  );

  const openShown = shown.filter((t) => !t.completed);
  const doneShown = shown.filter((t) => t.completed);
  const filtered = Boolean(filters.q || filters.tag || filters.priority);
  // Manual order, in a list (not Today or Upcoming, which gather tasks of several lists by date).
  const sortable = filters.sort === "manual" && list !== null && list !== undefined;
  const onMoveKey = useCallback(
    (task: Task, direction: -1 | 1) => {
      const section = task.completed ? done.tasks : open.tasks;
      const index = section.findIndex((t) => t.id === task.id);
      const neighbour = section[index + direction];
      if (!neighbour) return setAnnouncement(`“${task.title}” is already ${direction < 0 ? "first" : "last"}.`);
      void move(task, direction < 0 ? { before: neighbour.id } : { after: neighbour.id });
      setAnnouncement(`“${task.title}” moved ${direction < 0 ? "above" : "below"} “${neighbour.title}”.`);
      // The row is re-placed: keep focus on it.
      requestAnimationFrame(() => document.getElementById(rowFocusId(task.id))?.focus());
    },
    [open.tasks, done.tasks, move],
  );
  const rowHandlers = {
    onUpdate,
    onDelete,
    onOpenDetails,
    onTagClick,
    onFocusRow: roving.onFocusRow,
    onMoveKey,
  };
  const detailsLoaded = useOpenedOnce(details !== null);
  const helpLoaded = useOpenedOnce(helpOpen);
  const conflictLoaded = useOpenedOnce(conflict !== null);

  const shell = {
    user,
    scope,
    lists,
    onOpenPalette: () => setPaletteOpen(true),
    onShowShortcuts: () => setHelpOpen(true),
  };
  const listScope = scope.kind === "inbox" || scope.kind === "list";
  if (listScope && list === null)
    return (
      <AppShell {...shell}>
        <div role="alert" className="rounded-lg border border-dashed p-10 text-center">
          <h1 className="font-semibold text-xl">List not found</h1>
          <p className="mt-1 text-muted-foreground text-sm">
            It may have been deleted. Your other lists are in the sidebar.
          </p>
        </div>
      </AppShell>
    );

  return (
    <ServerClockContext value={serverClock}>
      <DateLocaleContext value={locale}>
        <TaskDrag onMoveTask={(task, to) => void move(task, to)} onMoveList={moveList}>
          <AppShell {...shell}>
            <TimeZoneContext value={zone.zone}>
              <ListsContext value={{ lists, nameTaskLists: !list }}>
                <h1 className="flex items-center gap-2 font-semibold text-2xl tracking-tight">
                  {list?.color && (
                    <span aria-hidden="true" className="size-3 rounded-full" style={{ backgroundColor: list.color }} />
                  )}
                  {title}
                </h1>
                <AddTaskForm userId={userId} inputRef={newTaskRef} onAdd={onAdd} tagSuggestions={tagSuggestions} />
                <TaskToolbar filters={filters} onChange={setFilters} searchRef={searchRef} />

                <TasksRegion loading={open.phase === "loading"} onKeyDown={roving.onKeyDown}>
                  <h2 id="tasks-heading" className="sr-only">
                    Tasks
                  </h2>
                  <p id="task-row-keys" className="sr-only">
                    Arrow keys move between tasks. x completes, Enter edits, o opens details, Delete deletes, period
                    opens more actions.
                  </p>
                  <TaskSection
                    list={open}
                    label="Tasks"
                    tabbableId={roving.tabbableId}
                    sortable={sortable}
                    groupBy={scope.kind === "upcoming" ? dueDays(today, locale) : undefined}
                    empty={
                      <EmptyState
                        filtered={filtered}
                        view={filters.view}
                        hasCompleted={split && done.tasks.length > 0}
                        onClear={() => setFilters({ q: "", tag: null, priority: null })}
                      />
                    }
                    {...rowHandlers}
                  />
                  {/* After the open tasks are in (it would jump as they arrive); not when they failed (their message and its
                Try again, which reloads both, are enough). */}
                  {split && open.phase === "ready" && (
                    <TaskSection
                      list={done}
                      label="Completed tasks"
                      collapsible
                      sortable={sortable}
                      tabbableId={roving.tabbableId}
                      empty={null}
                      {...rowHandlers}
                    />
                  )}
                </TasksRegion>

                {/* Nothing already shown may sit below a list of unknown height while it loads: it would jump (layout
              shift). So the footer comes once both sections and the count are in, whole. */}
                {open.phase !== "loading" && !(split && done.phase === "loading") && activeCount !== null && (
                  <TaskFooter
                    activeCount={activeCount}
                    completeLabel={
                      filtered || filters.view !== "all" ? `Complete ${openShown.length} shown` : "Complete all"
                    }
                    canComplete={openShown.length > 0}
                    canClear={doneShown.length > 0}
                    onCompleteAll={() => completion.completeAll(openShown)}
                    onClearCompleted={() => remove(doneShown)}
                    onShowShortcuts={() => setHelpOpen(true)}
                  />
                )}

                {detailsLoaded && (
                  <TaskDetailsSheet
                    userId={userId}
                    task={details}
                    onClose={() => {
                      setDetailsId(null);
                      setUnsavedDetails(null);
                    }}
                    unsaved={unsavedDetails && unsavedDetails.id === details?.id ? unsavedDetails.change : null}
                    onSave={(task, change) => {
                      setUnsavedDetails(null);
                      // Not saved (offline, the server away): the details open again with the change, to try again.
                      void update(task, change).then((saved) => {
                        if (saved) return;
                        setUnsavedDetails({ id: task.id, change });
                        // Unless another task's details were opened meanwhile: their edits are not to be closed.
                        setDetailsId((open) => open ?? task.id);
                      });
                    }}
                    onConflict={setConflict}
                    onComplete={completion.toggle}
                    onKeepAsNew={(task, draft) => {
                      // Into the task's list, unless that went with it (the Inbox then).
                      const listId = lists?.some((l) => l.id === task.listId) ? task.listId : null;
                      void add(newTaskOf(draft, listId));
                    }}
                    tagSuggestions={tagSuggestions}
                  />
                )}
                {helpLoaded && <HelpDialog open={helpOpen} onOpenChange={setHelpOpen} />}
                <CommandPaletteLoader
                  userId={userId}
                  lists={lists}
                  open={paletteOpen}
                  onOpenChange={setPaletteOpen}
                  tasks={shown}
                  onView={(view) => setFilters({ view })}
                  onOpenTask={onOpenFound}
                  onNewTask={() => newTaskRef.current?.focus()}
                  onSearch={() => searchRef.current?.focus()}
                  onShowShortcuts={() => setHelpOpen(true)}
                />

                {conflictLoaded && (
                  <ConflictDialog
                    conflict={conflict}
                    onKeepTheirs={() => setConflict(null)}
                    onKeepMine={(theirs, mine) => {
                      setConflict(null);
                      void update(theirs, mine, { force: true });
                    }}
                  />
                )}
              </ListsContext>
            </TimeZoneContext>
            <p aria-live="polite" className="sr-only">
              {announcement}
            </p>
          </AppShell>
        </TaskDrag>
      </DateLocaleContext>
    </ServerClockContext>
  );
}
