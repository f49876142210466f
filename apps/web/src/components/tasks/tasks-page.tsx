import { redirect } from "next/navigation";
import { connection } from "next/server";
import { Suspense } from "react";
import { signInForThisPage } from "@/server/auth/requested-page";
import { currentSession } from "@/server/auth/session";
import { TaskApp } from "./task-app";
import type { TaskScope } from "./task-scope";
import { TaskSkeleton } from "./task-skeleton";

/** A signed-in page of tasks (a list, Today, Upcoming): the session checked on the server, then the app. */
export async function TasksPage({ scope }: { scope: TaskScope }) {
  // Per request, never prerendered: the session (and the database behind it) exists only at request time.
  await connection();
  const session = await currentSession();
  if (!session) redirect(await signInForThisPage());
  const { id, name, email } = session.user;
  return (
    <Suspense fallback={<TaskSkeleton />}>
      <TaskApp user={{ id, name, email }} scope={scope} />
    </Suspense>
  );
}
