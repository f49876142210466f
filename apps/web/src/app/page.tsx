import { TasksPage } from "@/components/tasks/tasks-page";

/** The Inbox: where a task goes when no list is named. */
export default function InboxPage() {
  return <TasksPage scope={{ kind: "inbox" }} />;
}
