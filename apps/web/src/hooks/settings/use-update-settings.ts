"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type Settings, settingsEtag, type UpdateSettings } from "@todo/contracts";
import { ApiError, apiCall } from "@/lib/api-call";
import { settingsKeys } from "./keys";

/**
 * Changes the user's settings, naming the version shown (If-Match). Not optimistic: the page shows the
 * saved value once the server has it. When they changed meanwhile (412), the current ones are shown and
 * the error says so; the caller tells the user.
 */
export function useUpdateSettings(userId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationKey: [...settingsKeys.all(userId), "write"],
    scope: { id: `settings-${userId}` },
    mutationFn: (change: UpdateSettings) => {
      const shown = client.getQueryData<Settings>(settingsKeys.all(userId));
      return apiCall((api) => api.updateSettings(userId, change, shown ? { ifMatch: settingsEtag(shown) } : {}));
    },
    onSuccess: (saved) => client.setQueryData(settingsKeys.all(userId), saved),
    onError: (error) => {
      if (error instanceof ApiError && error.problem.status === 412)
        void client.invalidateQueries({ queryKey: settingsKeys.all(userId) });
    },
  });
}
