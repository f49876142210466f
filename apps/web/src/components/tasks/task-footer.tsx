import { KeyboardIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { plural } from "./plural";

interface TaskFooterProps {
  activeCount: number;
  completeLabel: string;
  canComplete: boolean;
  canClear: boolean;
  onCompleteAll: () => void;
  onClearCompleted: () => void;
  onShowShortcuts: () => void;
}

/** Under the list: how many tasks are left, complete all shown, clear completed, the shortcuts. */
export function TaskFooter({
  activeCount,
  completeLabel,
  canComplete,
  canClear,
  onCompleteAll,
  onClearCompleted,
  onShowShortcuts,
}: TaskFooterProps) {
  return (
    <footer className="flex min-h-9 flex-wrap items-center justify-between gap-2 text-muted-foreground text-sm">
      <span aria-live="polite" data-testid="items-left" className="min-w-24">
        {`${plural(activeCount, "item", "items")} left`}
      </span>
      <span className="flex flex-wrap gap-1">
        {/* aria-disabled, not disabled: the button keeps the focus it had when it did its work. */}
        <Button variant="ghost" size="sm" aria-disabled={!canComplete} onClick={() => canComplete && onCompleteAll()}>
          {completeLabel}
        </Button>
        <Button variant="ghost" size="sm" aria-disabled={!canClear} onClick={onClearCompleted}>
          Clear completed
        </Button>
        <Button
          variant="ghost"
          size="sm"
          onClick={onShowShortcuts}
          aria-keyshortcuts="?"
          className="pointer-coarse:hidden"
        >
          <KeyboardIcon aria-hidden="true" /> Shortcuts
        </Button>
      </span>
    </footer>
  );
}
