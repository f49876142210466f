"use client";

import { useRouter } from "next/navigation";
import { authClient } from "@/lib/auth-client";
import { clearDraft } from "@/lib/new-task-draft";
import { forgetSessionToken } from "@/lib/session-token";

export function SignOutButton() {
  const router = useRouter();
  return (
    <button
      type="button"
      onClick={async () => {
        await authClient.signOut();
        forgetSessionToken();
        clearDraft();
        router.replace("/sign-in");
        router.refresh();
      }}
      className="rounded-lg px-3 py-2 text-neutral-700 text-sm hover:bg-neutral-100 focus-visible:outline-2 focus-visible:outline-indigo-500 dark:text-neutral-300 dark:hover:bg-neutral-800"
    >
      Sign out
    </button>
  );
}
