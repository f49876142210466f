import { MAX_LIST_ID } from "@todo/contracts";
import { notFound } from "next/navigation";
import { TasksPage } from "@/components/tasks/tasks-page";
import type { PageSearchParams } from "@/server/page-data/search-params";

interface ListPageProps {
  params: Promise<{ listId: string }>;
  searchParams: Promise<PageSearchParams>;
}

/** One of the user's lists, by id (a list that is not theirs shows as not found, in the page). */
export default async function ListPage({ params, searchParams }: ListPageProps) {
  const { listId } = await params;
  const id = Number(listId);
  if (!/^[1-9]\d{0,15}$/.test(listId) || id > MAX_LIST_ID) notFound();
  return <TasksPage scope={{ kind: "list", listId: id }} searchParams={searchParams} />;
}
