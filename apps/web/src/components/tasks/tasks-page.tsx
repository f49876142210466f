import { HydrationBoundary } from "@tanstack/react-query";
import { offsetSpan } from "@todo/dates";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { currentMinute } from "@/lib/minute-clock";
import { signInForThisPage } from "@/server/auth/requested-page";
import { currentSessionWithToken } from "@/server/auth/session";
import { isDocumentRequest } from "@/server/page-data/document-request";
import { prefetchTasksPage } from "@/server/page-data/prefetch-tasks-page";
import { requestLocale } from "@/server/page-data/request-locale";
import { type PageSearchParams, searchParamsOf } from "@/server/page-data/search-params";
import { TaskApp } from "./task-app";
import type { TaskScope } from "./task-scope";

interface TasksPageProps {
  scope: TaskScope;
  searchParams: Promise<PageSearchParams>;
}

/**
 * A signed-in page of tasks (a list, Today, Upcoming): the session checked on the server, then the
 * app, its first render drawn with its data (read on the server on a page load; on a navigation
 * inside the app the browser fetches what it lacks).
 */
export async function TasksPage({ scope, searchParams }: TasksPageProps) {
  // Per request, never prerendered: the session (and the database behind it) exists only at request time.
  await connection();
  const signedIn = await currentSessionWithToken();
  if (!signedIn) redirect(await signInForThisPage());
  const { id, name, email } = signedIn.session.user;
  const request = await headers();
  const renderedAt = currentMinute();
  const locale = requestLocale(request.get("accept-language"));
  const page =
    signedIn.token && isDocumentRequest(request)
      ? await prefetchTasksPage({
          userId: id,
          token: signedIn.token,
          scope,
          search: searchParamsOf(await searchParams),
          now: new Date(renderedAt * 60_000),
          locale,
        })
      : undefined;
  // The zone's offset, so that the browser tells the time there without starting its own time zone database.
  const zoneOffset = page?.timeZone ? offsetSpan(page.timeZone, renderedAt * 60_000) : null;
  // No Suspense boundary around the app: its HTML comes whole in the first response, not a
  // placeholder that a script swaps for it later.
  return (
    <HydrationBoundary state={page?.state}>
      <TaskApp
        user={{ id, name, email }}
        scope={scope}
        serverClock={{ renderedAt, zoneOffset }}
        locale={locale}
        dateWords={page?.dateWords}
      />
    </HydrationBoundary>
  );
}
