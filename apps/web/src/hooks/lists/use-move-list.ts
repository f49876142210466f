"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { List, MoveList } from "@todo/contracts";
import { apiCall } from "@/lib/api-call";
import { reportFailure } from "@/lib/report-failure";
import { listKeys } from "./keys";

/** A list placed before or after another in the sidebar: shown at once, put back if refused. */
export function useMoveList(userId: string): (list: List, move: MoveList) => void {
  const client = useQueryClient();
  const { mutate } = useMutation({
    mutationFn: ({ list, move }: { list: List; move: MoveList }) =>
      apiCall((api) => api.moveList(userId, list.id, move)),
    onMutate: async ({ list, move }) => {
      await client.cancelQueries({ queryKey: listKeys.all(userId) });
      const before = client.getQueryData<List[]>(listKeys.all(userId));
      if (before) {
        const rest = before.filter((l) => l.id !== list.id);
        const anchor = rest.findIndex((l) => l.id === (move.before ?? move.after));
        if (anchor >= 0) rest.splice(move.before !== undefined ? anchor : anchor + 1, 0, list);
        client.setQueryData(listKeys.all(userId), rest);
      }
      return { before };
    },
    onError: (error, _, context) => {
      if (context?.before) client.setQueryData(listKeys.all(userId), context.before);
      reportFailure(error);
    },
    onSettled: () => client.invalidateQueries({ queryKey: listKeys.all(userId) }),
  });
  return (list, move) => mutate({ list, move });
}
