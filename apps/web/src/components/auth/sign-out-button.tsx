"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { authClient } from "@/lib/auth-client";
import { clearDraft } from "@/lib/new-task-draft";
import { forgetSessionToken } from "@/lib/session-token";

export function SignOutButton() {
  const router = useRouter();
  const queryClient = useQueryClient();
  return (
    <Button
      variant="ghost"
      onClick={async () => {
        await authClient.signOut();
        forgetSessionToken();
        // Nothing of this user's tasks stays in memory for whoever signs in next.
        queryClient.clear();
        clearDraft();
        router.replace("/sign-in");
        router.refresh();
      }}
    >
      Sign out
    </Button>
  );
}
