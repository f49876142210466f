import type { Metadata } from "next";
import { TasksPage } from "@/components/tasks/tasks-page";

export const metadata: Metadata = { title: "Today" };

/** Due today or overdue, in every list. */
export default function TodayPage() {
  return <TasksPage scope={{ kind: "today" }} />;
}
