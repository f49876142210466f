import { Button } from "@/components/ui/button";
import type { ListFilters } from "@/hooks/use-list-filters";

interface EmptyStateProps {
  filtered: boolean;
  view: ListFilters["view"];
  hasCompleted: boolean;
  onClear: () => void;
}

/** What an empty list says: what to do next. */
export function EmptyState({ filtered, view, hasCompleted, onClear }: EmptyStateProps) {
  const [title, hint] = filtered
    ? ["No tasks match", "Try other words, or clear the filters."]
    : view === "completed"
      ? ["Nothing completed yet", "Tasks you complete show up here."]
      : hasCompleted || view === "active"
        ? ["All done", "Nothing left to do. Add a task above when something comes up."]
        : ["Nothing to do yet", "Add your first task above: type it and press Enter."];
  return (
    <div className="flex min-h-[188px] flex-col items-center justify-center rounded-lg border border-dashed p-8 text-center">
      <p className="font-medium">{title}</p>
      <p className="mt-1 text-muted-foreground text-sm">{hint}</p>
      {filtered && (
        <Button variant="outline" size="sm" className="mt-3" onClick={onClear}>
          Clear filters
        </Button>
      )}
    </div>
  );
}
