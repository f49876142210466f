import { TaskList } from "./task-list";

// Drawn per request, as the app's tasks page is.
export const dynamic = "force-dynamic";

const TITLES = ["Water the plants", "Call the bank", "Book the dentist", "Pay the rent", "Read chapter 3"];

/**
 * The Lighthouse baseline (README § Benchmarks): what Next.js and React cost a page on their own, measured
 * in the same run as the app's pages: a server-drawn list of tasks hydrated by one client component.
 */
export default function TasksPage() {
  return (
    <main>
      <h1>Tasks</h1>
      <TaskList titles={TITLES} />
    </main>
  );
}
