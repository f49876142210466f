import "server-only";
import { type DehydratedState, dehydrate, QueryClient } from "@tanstack/react-query";
import type { PlainDate } from "@todo/dates";
import { type DateWords, writtenDateWords } from "@/components/tasks/date-words";
import { dueLabel, longDate, userClock } from "@/components/tasks/due-date";
import { byDueDate, scopeList, scopeQuery, type TaskScope } from "@/components/tasks/task-scope";
import { listsQuery } from "@/hooks/lists/lists-query";
import { livePositionQuery } from "@/hooks/live/live-position-query";
import { settingsQuery } from "@/hooks/settings/settings-query";
import { taskKeys } from "@/hooks/tasks/keys";
import type { ListData } from "@/hooks/tasks/list-cache";
import { activeCountQuery, countScopeOf, taskByIdQuery, taskListQuery } from "@/hooks/tasks/task-queries";
import { listFilters, readUrlFilters, sectionsOf } from "@/lib/list-filters";
import { linkedTaskId } from "@/lib/task-link";
import { serverApi } from "./server-api";

interface TasksPageRequest {
  userId: string;
  /** The user's API token, from their session (see server/auth/session.ts). */
  token: string;
  scope: TaskScope;
  /** The page's query string: the view, search and sort. */
  search: URLSearchParams;
  /** The moment the page is rendered at: "today" for Today and Upcoming, as the browser's first render sees it. */
  now: Date;
  /** The locale the page writes dates in. */
  locale: string;
}

export interface TasksPageData {
  state: DehydratedState;
  /** The user's time zone, as their settings name it; null when they could not be read. */
  timeZone: string | null;
  /** What the first render writes of the tasks' due dates, for the browser to read rather than write again. */
  dateWords: DateWords;
}

/** The words the rows, Upcoming's groups and the dates' tooltips write of the cached tasks' due dates (date-words.ts). */
function dueDateWords(client: QueryClient, userId: string, today: PlainDate, locale: string): DateWords {
  return writtenDateWords(() => {
    for (const [, data] of client.getQueriesData<ListData>({ queryKey: taskKeys.lists(userId) }))
      for (const { dueDate } of data?.pages.flatMap((page) => page.tasks) ?? []) {
        if (dueDate === null) continue;
        dueLabel({ dueDate, dueTime: null }, today, locale);
        longDate(dueDate, locale);
      }
  });
}

/**
 * What the tasks page's first render shows, read on the server through the API's own route handlers
 * with the user's token, under the browser's query keys: the lists, the settings (the user's time
 * zone decides Today's and Upcoming's days), the open and the completed tasks for the URL's filters,
 * the count of tasks left, and the task a link names (`?task=ID`, wherever its list has it; null when the user has no
 * such task, so the browser asks nothing either). First, where the user's change log stands: the page's live stream
 * starts from there, so that a change made while the page was on its way is replayed and nothing
 * read here is read again. A read that fails is left out: the browser fetches it, as it would
 * without any of this (a database outage shows there, with its Try again).
 */
export async function prefetchTasksPage({
  userId,
  token,
  scope,
  search,
  now,
  locale,
}: TasksPageRequest): Promise<TasksPageData> {
  const api = serverApi(token);
  const client = new QueryClient();
  await client.prefetchQuery(livePositionQuery(api, userId));
  const linked = linkedTaskId(search.get("task"));
  await Promise.all([
    client.prefetchQuery(listsQuery(api, userId)),
    client.prefetchQuery(settingsQuery(api, userId)),
    linked !== null && client.prefetchQuery(taskByIdQuery(api, userId, linked)),
  ]);
  const lists = client.getQueryData(listsQuery(api, userId).queryKey);
  const settings = client.getQueryData(settingsQuery(api, userId).queryKey);
  const list = scopeList(scope, lists ?? null);
  const byDue = byDueDate(scope);
  // The tasks' query depends on both: which list (the Inbox's id), or which days (the user's today).
  // A list that is not the user's has none: the page says so.
  let dateWords: DateWords = {};
  if (lists && settings && (byDue || list)) {
    const { today } = userClock(settings.timeZone, now);
    const scopeFilters = scopeQuery(scope, list?.id ?? null, today);
    const filters = listFilters(readUrlFilters(search), scopeFilters, { byDue });
    const { split, open, done } = sectionsOf(filters);
    await Promise.all([
      client.prefetchInfiniteQuery(taskListQuery(api, userId, open)),
      split && client.prefetchInfiniteQuery(taskListQuery(api, userId, done)),
      client.prefetchQuery(activeCountQuery(api, userId, countScopeOf(filters))),
    ]);
    dateWords = dueDateWords(client, userId, today, locale);
  }
  return { state: dehydrate(client), timeZone: settings?.timeZone ?? null, dateWords };
}
