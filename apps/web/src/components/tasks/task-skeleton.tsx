/** Placeholder rows of a task's height, so the list does not jump when it arrives. */
export function TaskSkeleton({ rows = 4 }: { rows?: number }) {
  return (
    <ul aria-hidden="true" className="animate-pulse">
      {Array.from({ length: rows }, (_, i) => (
        <li key={i} className="flex items-center gap-3 border-neutral-200 border-b px-2 py-4 dark:border-neutral-800">
          <span className="size-5 rounded bg-neutral-200 dark:bg-neutral-800" />
          <span className="h-4 flex-1 rounded bg-neutral-200 dark:bg-neutral-800" />
        </li>
      ))}
    </ul>
  );
}
