import { redirect } from "next/navigation";
import { connection } from "next/server";
import { Suspense } from "react";
import { TaskApp } from "@/components/tasks/task-app";
import { TaskSkeleton } from "@/components/tasks/task-skeleton";
import { signInForThisPage } from "@/server/auth/requested-page";
import { currentSession } from "@/server/auth/session";

export default async function TasksPage() {
  // Per request, never prerendered: the session (and the database behind it) exists only at request time.
  await connection();
  const session = await currentSession();
  if (!session) redirect(await signInForThisPage());
  const { id, name, email } = session.user;
  return (
    <Suspense fallback={<TaskSkeleton />}>
      <TaskApp user={{ id, name, email }} />
    </Suspense>
  );
}
