"use client";

import { QueryClientProvider } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type ReactNode, useEffect, useState } from "react";
import { leaveSignedOut } from "@/components/auth/leave-signed-out";
import { Toaster } from "@/components/ui/sonner";
import { TooltipProvider } from "@/components/ui/tooltip";
import { signInPath } from "@/lib/next-path";
import { makeQueryClient } from "@/lib/query-client";
import { onSignOutElsewhere } from "@/lib/session-broadcast";

/**
 * What the signed-in pages' client components share: the server-state cache, tooltips and the toasts; and a
 * sign-out in another tab of the browser, which signs this one out too.
 */
export function Providers({ children }: { children: ReactNode }) {
  const router = useRouter();
  const [client] = useState(() =>
    makeQueryClient(() => router.replace(signInPath(location.pathname + location.search))),
  );
  // Signed out in another tab: this one forgets the user's tasks and token too (its token would work until it
  // expires, and its live stream would go on showing changes), and goes to sign in.
  useEffect(() => onSignOutElsewhere(() => leaveSignedOut(client, router)), [client, router]);
  return (
    <QueryClientProvider client={client}>
      <TooltipProvider delayDuration={400}>
        {children}
        <Toaster position="bottom-center" visibleToasts={3} closeButton />
      </TooltipProvider>
    </QueryClientProvider>
  );
}
