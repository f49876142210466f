"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useCallback } from "react";
import { toast } from "sonner";
import { withAuthClient } from "@/lib/load-auth-client";
import { announceSignOut } from "@/lib/session-broadcast";
import { UNREACHABLE_MESSAGE } from "./auth-error-message";
import { leaveSignedOut } from "./leave-signed-out";

/**
 * Signs out and leaves nothing of this user's tasks in the tab for whoever signs in next; the browser's other tabs
 * of the app do the same (`Providers`).
 */
export function useSignOut(): () => Promise<void> {
  const router = useRouter();
  const queryClient = useQueryClient();
  return useCallback(async () => {
    const answer = await withAuthClient((authClient) => authClient.signOut());
    // Still signed in: nothing is forgotten, and the user can try again.
    if (!answer) return void toast.error(`You are still signed in. ${UNREACHABLE_MESSAGE}`);
    announceSignOut();
    leaveSignedOut(queryClient, router);
  }, [router, queryClient]);
}
