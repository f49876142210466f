import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { StatusPage } from "@/components/ui/status-page";

export const metadata: Metadata = { title: "Page not found" };

/** Any address the app has no page for. */
export default function NotFound() {
  return (
    <StatusPage
      title="Page not found"
      action={
        <Button asChild>
          <Link href="/">Go to your tasks</Link>
        </Button>
      }
    >
      There is nothing at this address. It may have moved, or the link may be mistyped.
    </StatusPage>
  );
}
