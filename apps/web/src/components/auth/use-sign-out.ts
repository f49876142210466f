"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useCallback } from "react";
import { authClient } from "@/lib/auth-client";
import { clearDraft } from "@/lib/new-task-draft";
import { forgetSessionToken } from "@/lib/session-token";

/** Signs out and leaves nothing of this user's tasks in the tab for whoever signs in next. */
export function useSignOut(): () => Promise<void> {
  const router = useRouter();
  const queryClient = useQueryClient();
  return useCallback(async () => {
    await authClient.signOut();
    forgetSessionToken();
    queryClient.clear();
    clearDraft();
    router.replace("/sign-in");
    router.refresh();
  }, [router, queryClient]);
}
