import { CheckSquareIcon } from "lucide-react";
import type { ReactNode } from "react";

/** The bar above every signed-in page: what the page puts first, the app's name, what it puts at the end. */
export function AppHeader({ start, children }: { start?: ReactNode; children: ReactNode }) {
  return (
    <header className="sticky top-0 z-40 border-b bg-background/90 backdrop-blur supports-[backdrop-filter]:bg-background/75">
      <div className="mx-auto flex h-14 max-w-6xl items-center justify-between gap-2 px-4">
        <span className="flex items-center gap-1">
          {start}
          <span className="flex items-center gap-2 font-semibold text-lg tracking-tight">
            <CheckSquareIcon className="size-5 text-primary" aria-hidden="true" />
            Todo
          </span>
        </span>
        <div className="flex items-center gap-1">{children}</div>
      </div>
    </header>
  );
}
