import { TasksPage } from "@/components/tasks/tasks-page";
import type { PageSearchParams } from "@/server/page-data/search-params";

/** The Inbox: where a task goes when no list is named. */
export default function InboxPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  return <TasksPage scope={{ kind: "inbox" }} searchParams={searchParams} />;
}
