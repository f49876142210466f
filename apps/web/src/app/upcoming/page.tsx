import type { Metadata } from "next";
import { TasksPage } from "@/components/tasks/tasks-page";

export const metadata: Metadata = { title: "Upcoming" };

/** The next 7 days, in every list, by day. */
export default function UpcomingPage() {
  return <TasksPage scope={{ kind: "upcoming" }} />;
}
