"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { disablePush, enablePush, pushState, sendTestPush } from "@/lib/push/push-device";

const PUSH_STATE_KEY = ["push", "device"] as const;

/** This device's notification state, and turning them on, off and testing them (the state read again after each). */
export function usePushDevice(userId: string) {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: PUSH_STATE_KEY });
  const state = useQuery({ queryKey: PUSH_STATE_KEY, queryFn: pushState, staleTime: 0 });
  const toggle = useMutation({
    mutationFn: (on: boolean) => (on ? enablePush(userId) : disablePush(userId)),
    onSettled: refresh,
  });
  const test = useMutation({ mutationFn: () => sendTestPush(userId) });
  return { state, toggle, test };
}
