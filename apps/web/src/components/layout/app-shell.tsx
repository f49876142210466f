"use client";

import type { List } from "@todo/contracts";
import { CommandIcon, MenuIcon } from "lucide-react";
import { type ReactNode, useState } from "react";
import { Sidebar } from "@/components/lists/sidebar";
import type { TaskScope } from "@/components/tasks/task-scope";
import { Button } from "@/components/ui/button";
import { Kbd } from "@/components/ui/kbd";
import { Sheet, SheetContent, SheetDescription, SheetTitle } from "@/components/ui/sheet";
import { AppHeader } from "./app-header";
import { NotLiveIndicator } from "./not-live-indicator";
import { UserMenu } from "./user-menu";

interface AppShellProps {
  user: { id: string; name: string; email: string };
  scope: TaskScope;
  lists: List[] | null;
  onOpenPalette: () => void;
  onShowShortcuts: () => void;
  children: ReactNode;
}

/**
 * The signed-in frame: the header (lists drawer on phones, palette, account menu), the sidebar of
 * lists beside the page on wide screens, and the page.
 */
export function AppShell({ user, scope, lists, onOpenPalette, onShowShortcuts, children }: AppShellProps) {
  const [drawer, setDrawer] = useState(false);
  return (
    <>
      <AppHeader
        start={
          <Button
            variant="ghost"
            size="icon"
            className="md:hidden"
            aria-label="Show lists"
            aria-expanded={drawer}
            onClick={() => setDrawer(true)}
          >
            <MenuIcon aria-hidden="true" />
          </Button>
        }
      >
        <NotLiveIndicator />
        <Button
          variant="outline"
          size="sm"
          onClick={onOpenPalette}
          aria-keyshortcuts="Control+K Meta+K"
          // Its name starts with the words it shows (WCAG 2.5.3, label in name), then says what it opens.
          aria-label="Jump to… Ctrl K, command palette"
          className="text-muted-foreground"
        >
          <CommandIcon aria-hidden="true" />
          <span className="hidden sm:inline">Jump to…</span>
          <Kbd className="hidden sm:inline-flex">Ctrl K</Kbd>
        </Button>
        <UserMenu name={user.name} email={user.email} onShowShortcuts={onShowShortcuts} />
      </AppHeader>
      {/* Each in a column of its own from the start: the page does not move when the sidebar's HTML, which comes
          after it, arrives (a browser paints the HTML it has so far). */}
      <div className="mx-auto max-w-6xl px-4 md:grid md:grid-cols-[15rem_minmax(0,48rem)] md:gap-x-8">
        <main className="min-w-0 space-y-4 pt-4 pb-24 sm:pt-6 md:col-start-2 md:row-start-1">{children}</main>
        {/* After the tasks in the page's order (a keyboard reaches the list in a few Tabs), drawn on the left. */}
        <aside className="sticky top-14 hidden h-[calc(100dvh-3.5rem)] overflow-y-auto py-6 md:col-start-1 md:row-start-1 md:block">
          <Sidebar userId={user.id} lists={lists} scope={scope} />
        </aside>
      </div>
      <Sheet open={drawer} onOpenChange={setDrawer}>
        <SheetContent side="left" className="p-4 pt-12">
          <SheetTitle className="sr-only">Lists</SheetTitle>
          <SheetDescription className="sr-only">Inbox, Today, Upcoming and your lists</SheetDescription>
          <Sidebar userId={user.id} lists={lists} scope={scope} onNavigate={() => setDrawer(false)} />
        </SheetContent>
      </Sheet>
    </>
  );
}
