import type { Metadata } from "next";
import { TasksPage } from "@/components/tasks/tasks-page";
import type { PageSearchParams } from "@/server/page-data/search-params";

export const metadata: Metadata = { title: "Upcoming" };

/** The next 7 days, in every list, by day. */
export default function UpcomingPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  return <TasksPage scope={{ kind: "upcoming" }} searchParams={searchParams} />;
}
