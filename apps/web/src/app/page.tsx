import { redirect } from "next/navigation";
import { connection } from "next/server";
import { Suspense } from "react";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { TaskApp } from "@/components/tasks/task-app";
import { TaskSkeleton } from "@/components/tasks/task-skeleton";
import { ThemeToggle } from "@/components/theme/theme-toggle";
import { signInForThisPage } from "@/server/auth/requested-page";
import { currentSession } from "@/server/auth/session";

export default async function TasksPage() {
  // Per request, never prerendered: the session (and the database behind it) exists only at request time.
  await connection();
  const session = await currentSession();
  if (!session) redirect(await signInForThisPage());
  return (
    <div className="mx-auto max-w-3xl px-4 py-6 sm:py-10">
      <header className="mb-8 flex flex-wrap items-center justify-between gap-2">
        <h1 className="font-semibold text-2xl tracking-tight">Tasks</h1>
        <div className="flex items-center gap-1">
          <span className="hidden text-neutral-600 text-sm sm:inline dark:text-neutral-400">{session.user.email}</span>
          <ThemeToggle />
          <SignOutButton />
        </div>
      </header>
      <main>
        <Suspense fallback={<TaskSkeleton />}>
          <TaskApp userId={session.user.id} />
        </Suspense>
      </main>
    </div>
  );
}
