import { notifyManager, type QueryClient, type QueryKey } from "@tanstack/react-query";
import type { Change, List } from "@todo/contracts";
import { listKeys } from "@/hooks/lists/keys";
import { settingsKeys } from "@/hooks/settings/keys";
import { taskKeys } from "@/hooks/tasks/keys";
import { dropTask, placeTask } from "@/hooks/tasks/list-cache";
import { cancelKeepingPages, invalidateKeepingPages } from "@/lib/keeping-pages";
import { taskDeletedElsewhere } from "./deleted-elsewhere";

// Counts and subtasks are refetched, not computed: once for a burst of changes (a replay after a sleep).
const REFETCH_AFTER_MS = 100;

/**
 * Puts another tab's or device's changes into this tab's cache as they arrive: a task into its sorted place
 * in each cached list it matches (out of the others), a list's new state into the sidebar, the settings as
 * they are; what cannot be computed here (counts, a parent's subtasks, the lists' order) is refetched.
 */
export function changeApplier(client: QueryClient, userId: string): (change: Change) => void {
  const pending = new Map<string, QueryKey>();
  const writesUnderWay = () => client.isMutating({ mutationKey: taskKeys.writes(userId) }) > 0;
  let scheduled = false;
  const refetchSoon = (key: QueryKey) => {
    pending.set(JSON.stringify(key), key);
    if (scheduled) return;
    scheduled = true;
    setTimeout(() => {
      scheduled = false;
      // A task write sent meanwhile refetches all of these (under the tasks' prefix) once it settles; asked
      // now, an answer could hold the state from before the write and show that for a moment.
      if (!writesUnderWay()) for (const queryKey of pending.values()) void invalidateKeepingPages(client, { queryKey });
      pending.clear();
    }, REFETCH_AFTER_MS);
  };

  const applyToLists = (change: Change) => {
    const lists = client.getQueryData<List[]>(listKeys.all(userId));
    const known = change.type === "list.updated" && lists?.find((list) => list.id === change.id);
    // A list added, deleted or moved changes the order, which the server decides.
    if (change.type !== "list.updated" || !lists || !known || known.position !== change.data.position)
      refetchSoon(listKeys.all(userId));
    else
      client.setQueryData(
        listKeys.all(userId),
        lists.map((list) => (list.id === change.id ? change.data : list)),
      );
  };

  /**
   * A list on its way may have been read before this change was written: its answer, landing after the change is
   * shown, would take it back. It is called off (keeping what is shown) and asked again after the wait; a page of
   * more tasks at once, on top of the change.
   */
  const refetchListsOnTheirWay = () => {
    const onTheirWay = { queryKey: taskKeys.lists(userId), fetchStatus: "fetching" as const };
    const keys = client
      .getQueryCache()
      .findAll(onTheirWay)
      .map((query) => query.queryKey);
    if (keys.length === 0) return;
    void cancelKeepingPages(client, onTheirWay);
    for (const key of keys) refetchSoon(key);
  };

  const applyToTasks = (change: Change) => {
    if (change.type === "task.deleted") taskDeletedElsewhere(change.id);
    // A task asked for by its id (a link's) has no state of this tab's to keep: each change is its latest.
    const byId = taskKeys.byId(userId, change.id ?? 0);
    if (client.getQueryData(byId) !== undefined) {
      if (change.type === "task.deleted") client.setQueryData(byId, null);
      else if (change.type === "task.created" || change.type === "task.updated") client.setQueryData(byId, change.data);
    }
    // This tab's own task writes show their optimistic state, and refetch everything once the last settles
    // (refreshAfterWrite): their echoes, and anything else meanwhile, would only undo what they show.
    if (writesUnderWay()) return;
    refetchListsOnTheirWay();
    refetchSoon(taskKeys.activeCounts(userId));
    if (change.type === "task.deleted") {
      dropTask(client, userId, change.id);
      // A deleted subtask's parent is not told: refetch whichever subtasks are shown.
      refetchSoon([...taskKeys.all(userId), "subtasks"]);
    } else if (change.type === "task.created" || change.type === "task.updated") {
      const task = change.data;
      // Out first, then in where it now sorts: an edit may move it (a new position, a completion, a list).
      notifyManager.batch(() => {
        dropTask(client, userId, task.id);
        if (task.parentId === null) placeTask(client, userId, task);
      });
      if (task.parentId !== null) refetchSoon(taskKeys.subtasks(userId, task.parentId));
    }
  };

  return (change) => {
    if (change.type === "settings.updated") client.setQueryData(settingsKeys.all(userId), change.data);
    else if (change.type.startsWith("list.")) applyToLists(change);
    else applyToTasks(change);
  };
}
