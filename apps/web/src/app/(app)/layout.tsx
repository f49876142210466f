import type { ReactNode } from "react";
import { Providers } from "@/components/providers";

/**
 * The signed-in pages (tasks, lists, settings): what their client components share. The sign-in pages
 * beside them need none of it, and so load none of it.
 */
export default function AppLayout({ children }: { children: ReactNode }) {
  return <Providers>{children}</Providers>;
}
