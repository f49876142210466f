import type { QueryClient } from "@tanstack/react-query";
import type { useRouter } from "next/navigation";
import { closeLiveChanges } from "@/hooks/live/use-live-changes";
import { clearDraft } from "@/lib/new-task-draft";
import { forgetSessionToken } from "@/lib/session-token";

/**
 * What a tab does once its user's session is gone (signed out here, or in another tab): it forgets all it held of
 * them and goes to sign in. The live stream goes first, before the token: left open, its server's ending it would
 * have it ask for a new token, refused.
 */
export function leaveSignedOut(client: QueryClient, router: ReturnType<typeof useRouter>): void {
  closeLiveChanges();
  forgetSessionToken();
  client.clear();
  clearDraft();
  router.replace("/sign-in");
  router.refresh();
}
