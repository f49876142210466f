import type { InfiniteData, QueryClient, QueryKey } from "@tanstack/react-query";
import { caseKey, type MoveTask, normalizeTag, type Task, type TaskListPage, tagKey, taskEtag } from "@todo/contracts";
import type { ListFilters } from "@/hooks/use-list-filters";
import { filtersOf, taskKeys } from "./keys";
import { compareTasks } from "./sort-order";

/** A list's cached pages, as `useInfiniteQuery` keeps them. */
export type ListData = InfiniteData<TaskListPage, string | null>;

/** Where a task stood in each cached list, and as what, to put it back after a refused change. */
export type TaskPlaces = { key: QueryKey; page: number; index: number; task: Task }[];

/**
 * Whether a task belongs in a list with these filters (sort order aside), as the server judges it:
 * `tag` and `q` ignoring case and how accents were typed (`caseKey`); `q` in the title, the description or (without
 * its leading `#`s, one word) a tag.
 */
export function matches(task: Task, filters: ListFilters): boolean {
  if (filters.view === "active" && task.completed) return false;
  if (filters.view === "completed" && !task.completed) return false;
  if (filters.priority && task.priority !== filters.priority) return false;
  if (filters.listId !== null && task.listId !== filters.listId) return false;
  if (filters.dueAfter && !(task.dueDate && task.dueDate > filters.dueAfter)) return false;
  if (filters.dueBefore && !(task.dueDate && task.dueDate < filters.dueBefore)) return false;
  if (filters.tag && !task.tags.some((tag) => tagKey(tag) === tagKey(filters.tag ?? ""))) return false;
  const q = caseKey(filters.q.trim());
  if (!q || caseKey(`${task.title}\n${task.description}`).includes(q)) return true;
  const inTags = normalizeTag(q);
  return inTags !== "" && !/\s/u.test(inTags) && task.tags.some((tag) => tagKey(tag).includes(tagKey(inTags)));
}

function cachedLists(client: QueryClient, userId: string) {
  return client.getQueriesData<ListData>({ queryKey: taskKeys.lists(userId) });
}

/** Rewrites each page of every cached list; a page whose tasks come back unchanged stays as it was. */
function editLists(
  client: QueryClient,
  userId: string,
  edit: (tasks: Task[], filters: ListFilters, page: number) => Task[],
): void {
  for (const [key, data] of cachedLists(client, userId)) {
    if (!data) continue;
    const filters = filtersOf(key);
    const tasks = data.pages.map((page, i) => edit(page.tasks, filters, i));
    if (tasks.every((t, i) => t === data.pages[i]?.tasks)) continue;
    client.setQueryData<ListData>(key, {
      ...data,
      pages: data.pages.map((page, i) => ({ ...page, tasks: tasks[i] ?? [] })),
    });
  }
}

/** Every copy of the task the page holds: the server's answer to its last write, and each cached list's. */
function copiesOf(client: QueryClient, userId: string, task: Task): (Task | undefined)[] {
  const copies = [client.getQueryData<Task>(taskKeys.saved(userId, task.id))];
  for (const [, data] of cachedLists(client, userId))
    for (const page of data?.pages ?? []) copies.push(page.tasks.find((t) => t.id === task.id));
  return copies;
}

/** The task as the server last had it, of the copies this page holds: the newest version wins. */
export function latestKnown(client: QueryClient, userId: string, task: Task): Task {
  return newestCopy(task, copiesOf(client, userId, task));
}

/**
 * The `If-Match` for a write to a task: the ETag of each copy the page holds of its newest version. A parent's tag
 * also names its subtasks' counts, which move without a write to it: the copy the user acted on may hold older
 * counts than a list refetched since, and either is the version the user saw.
 */
export function knownTags(client: QueryClient, userId: string, task: Task): string {
  const copies = [task, ...copiesOf(client, userId, task)];
  const newest = newestCopy(task, copies);
  const tags = copies.filter((copy) => copy?.updatedAt === newest.updatedAt).map((copy) => taskEtag(copy as Task));
  return [...new Set([taskEtag(newest), ...tags])].join(", ");
}

/** The newest of a task's copies (by `updatedAt`, the version its ETag names); `task` unless another is newer. */
export function newestCopy(task: Task, copies: (Task | undefined)[]): Task {
  return copies.reduce<Task>((a, b) => (b && Date.parse(b.updatedAt) > Date.parse(a.updatedAt) ? b : a), task);
}

/** Every task the cached lists hold (a task in several lists more than once). */
export function cachedTasks(client: QueryClient, userId: string): Task[] {
  return cachedLists(client, userId).flatMap(([, data]) => data?.pages.flatMap((page) => page.tasks) ?? []);
}

/** The copy of a task the lists show, if any list holds it. */
export function shownTask(client: QueryClient, userId: string, id: number): Task | undefined {
  for (const [, data] of cachedLists(client, userId))
    for (const page of data?.pages ?? []) {
      const task = page.tasks.find((t) => t.id === id);
      if (task) return task;
    }
  return undefined;
}

/**
 * Shows a task's new state in every list that holds it, takes it out of those it no longer matches,
 * and puts it in its sorted place in those it now matches (a task completed in "All" moves to the
 * completed section), unless that place is on a page not loaded yet.
 */
export function placeTask(client: QueryClient, userId: string, task: Task): void {
  editLists(client, userId, (tasks, filters) => {
    if (!tasks.some((t) => t.id === task.id)) return tasks;
    const kept = matches(task, filters);
    return tasks.flatMap((t) => (t.id !== task.id ? [t] : kept ? [task] : []));
  });
  for (const [key, data] of cachedLists(client, userId)) {
    const filters = filtersOf(key);
    if (!data || !matches(task, filters) || data.pages.some((p) => p.tasks.some((t) => t.id === task.id))) continue;
    const before = (t: Task) => compareTasks(task, t, filters) < 0;
    const found = data.pages.findIndex((p) => p.tasks.some(before));
    const last = data.pages.length - 1;
    if (found < 0 && (last < 0 || data.pages[last]?.nextCursor)) continue;
    const at = found < 0 ? last : found;
    client.setQueryData<ListData>(key, {
      ...data,
      pages: data.pages.map((page, i) => {
        if (i !== at) return page;
        const index = page.tasks.findIndex(before);
        const cut = index < 0 ? page.tasks.length : index;
        return { ...page, tasks: [...page.tasks.slice(0, cut), task, ...page.tasks.slice(cut)] };
      }),
    });
  }
}

/** A new task goes first in every list it matches. */
export function prependTask(client: QueryClient, userId: string, task: Task): void {
  editLists(client, userId, (tasks, filters, page) =>
    page === 0 && matches(task, filters) && !tasks.some((t) => t.id === task.id) ? [task, ...tasks] : tasks,
  );
}

/**
 * A move as the lists show it before the server answers: in a list in manual order, the task goes
 * next to its anchor (or first, for a list it moves into); a list it moves out of lets it go.
 */
export function reorderTask(client: QueryClient, userId: string, task: Task, move: MoveTask): void {
  const moved = move.listId === undefined ? task : { ...task, listId: move.listId };
  const anchor = move.before ?? move.after;
  for (const [key, data] of cachedLists(client, userId)) {
    if (!data) continue;
    const filters = filtersOf(key);
    const all = data.pages.flatMap((page) => page.tasks);
    const held = all.some((t) => t.id === task.id);
    if (!matches(moved, filters)) {
      if (held) dropTask(client, userId, task.id);
      continue;
    }
    if (filters.sort !== "manual") continue;
    const rest = all.filter((t) => t.id !== task.id);
    const at = anchor === undefined ? 0 : rest.findIndex((t) => t.id === anchor);
    if (at < 0) continue;
    const ascending = filters.order === "asc";
    const index =
      anchor === undefined ? (ascending ? 0 : rest.length) : (move.after === undefined) === ascending ? at : at + 1;
    rest.splice(index, 0, moved);
    // Page sizes as they were, the moved task counted where it now stands.
    let offset = 0;
    const pages = data.pages.map((page, i) => {
      const size = page.tasks.length + (i === 0 && !held ? 1 : 0);
      const tasks = rest.slice(offset, offset + size);
      offset += size;
      return { ...page, tasks };
    });
    client.setQueryData<ListData>(key, { ...data, pages });
  }
}

/** A deleted task leaves every list. */
export function dropTask(client: QueryClient, userId: string, id: number): void {
  editLists(client, userId, (tasks) => (tasks.some((t) => t.id === id) ? tasks.filter((t) => t.id !== id) : tasks));
}

export function placesOf(client: QueryClient, userId: string, id: number): TaskPlaces {
  const places: TaskPlaces = [];
  for (const [key, data] of cachedLists(client, userId))
    data?.pages.forEach((page, p) => {
      const index = page.tasks.findIndex((t) => t.id === id);
      const task = page.tasks[index];
      if (task) places.push({ key, page: p, index, task });
    });
  return places;
}

/**
 * Puts a task back as it was, where it was, even in a list a refused change had moved it out of,
 * and out of the lists the change had moved it into.
 */
export function restoreTask(client: QueryClient, userId: string, id: number, places: TaskPlaces): void {
  const held = new Set(places.map((place) => JSON.stringify(place.key)));
  for (const [key, data] of cachedLists(client, userId))
    if (data && !held.has(JSON.stringify(key)) && data.pages.some((p) => p.tasks.some((t) => t.id === id)))
      client.setQueryData<ListData>(key, {
        ...data,
        pages: data.pages.map((page) => ({ ...page, tasks: page.tasks.filter((t) => t.id !== id) })),
      });
  for (const { key, page, index, task } of places) {
    client.setQueryData<ListData>(key, (data) => {
      if (!data) return data;
      const holds = data.pages.some((p) => p.tasks.some((t) => t.id === task.id));
      const pages = data.pages.map((p, i) => {
        if (holds) return { ...p, tasks: p.tasks.map((t) => (t.id === task.id ? task : t)) };
        if (i !== Math.min(page, data.pages.length - 1)) return p;
        return { ...p, tasks: [...p.tasks.slice(0, index), task, ...p.tasks.slice(index)] };
      });
      return { ...data, pages };
    });
  }
}
