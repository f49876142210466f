import { Skeleton } from "@/components/ui/skeleton";

/**
 * Placeholder rows of a task row's height, so the list does not jump when it arrives. Hidden from screen
 * readers: the tasks region around it is `aria-busy` while it shows.
 */
export function TaskSkeleton({ rows = 4 }: { rows?: number }) {
  return (
    <ul aria-hidden="true" className="rounded-lg border bg-card">
      {Array.from({ length: rows }, (_, i) => (
        <li key={i} className="flex h-[45px] items-center gap-3 border-b px-2 last:border-b-0 pointer-coarse:h-[49px]">
          <Skeleton className="size-5 rounded-full border-2 border-muted bg-transparent" />
          <Skeleton className="h-4 flex-1 rounded" />
        </li>
      ))}
    </ul>
  );
}
