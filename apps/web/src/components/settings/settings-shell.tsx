"use client";

import { ArrowLeftIcon } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { AppHeader } from "@/components/layout/app-header";
import { UserMenu } from "@/components/layout/user-menu";
import { Button } from "@/components/ui/button";

/** The settings page's frame: the header (back to the tasks, the account menu), the title, the sections. */
export function SettingsShell({ user, children }: { user: { name: string; email: string }; children: ReactNode }) {
  return (
    <>
      <AppHeader
        start={
          <Button variant="ghost" size="icon" asChild>
            <Link href="/" aria-label="Back to your tasks">
              <ArrowLeftIcon aria-hidden="true" />
            </Link>
          </Button>
        }
      >
        <UserMenu name={user.name} email={user.email} />
      </AppHeader>
      <main className="mx-auto max-w-2xl space-y-6 px-4 pt-6 pb-24">
        <h1 className="font-semibold text-2xl tracking-tight">Settings</h1>
        {children}
      </main>
    </>
  );
}
