"use client";

import { QueryClientProvider } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type ReactNode, useState } from "react";
import { Toaster } from "@/components/ui/sonner";
import { TooltipProvider } from "@/components/ui/tooltip";
import { signInPath } from "@/lib/next-path";
import { makeQueryClient } from "@/lib/query-client";

/** What the signed-in pages' client components share: the server-state cache, tooltips and the toasts. */
export function Providers({ children }: { children: ReactNode }) {
  const router = useRouter();
  const [client] = useState(() =>
    makeQueryClient(() => router.replace(signInPath(location.pathname + location.search))),
  );
  return (
    <QueryClientProvider client={client}>
      <TooltipProvider delayDuration={400}>
        {children}
        <Toaster position="bottom-center" visibleToasts={3} closeButton />
      </TooltipProvider>
    </QueryClientProvider>
  );
}
