"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { CreateList, List, UpdateList } from "@todo/contracts";
import { taskKeys } from "@/hooks/tasks/keys";
import { apiCall } from "@/lib/api-call";
import { invalidateKeepingPages } from "@/lib/keeping-pages";
import { reportFailure } from "@/lib/report-failure";
import { listKeys } from "./keys";

/**
 * Creating, changing and deleting lists. Not optimistic: a dialog keeps what was typed until the
 * server has taken it (a duplicate name is a 409 to show there). Each answers the list, or throws.
 */
export function useListWrites(userId: string) {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: listKeys.all(userId) });

  const create = useMutation({
    mutationFn: (input: CreateList) => apiCall((api) => api.createList(userId, input)),
    onSuccess: (list) => client.setQueryData<List[]>(listKeys.all(userId), (lists) => lists && [...lists, list]),
    onSettled: refresh,
  });
  const update = useMutation({
    mutationFn: ({ id, change }: { id: number; change: UpdateList }) =>
      apiCall((api) => api.updateList(userId, id, change)),
    onSuccess: (list) =>
      client.setQueryData<List[]>(listKeys.all(userId), (lists) => lists?.map((l) => (l.id === list.id ? list : l))),
    onSettled: refresh,
  });
  const remove = useMutation({
    mutationFn: (id: number) => apiCall((api) => api.deleteList(userId, id)),
    onSuccess: (_, id) => {
      client.setQueryData<List[]>(listKeys.all(userId), (lists) => lists?.filter((l) => l.id !== id));
      // What was cached of the list itself is gone for good (asked again, it would be a 404)…
      client.removeQueries({
        queryKey: taskKeys.all(userId),
        predicate: (query) => query.queryKey.some((part) => (part as { listId?: unknown } | null)?.listId === id),
      });
      // …and its tasks went with it: every other cached task list may hold some.
      void invalidateKeepingPages(client, { queryKey: taskKeys.all(userId) });
    },
    onError: reportFailure,
  });

  return {
    create: create.mutateAsync,
    update: update.mutateAsync,
    remove: remove.mutateAsync,
  };
}
