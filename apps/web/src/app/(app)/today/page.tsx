import type { Metadata } from "next";
import { TasksPage } from "@/components/tasks/tasks-page";
import type { PageSearchParams } from "@/server/page-data/search-params";

export const metadata: Metadata = { title: "Today" };

/** Due today or overdue, in every list. */
export default function TodayPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  return <TasksPage scope={{ kind: "today" }} searchParams={searchParams} />;
}
