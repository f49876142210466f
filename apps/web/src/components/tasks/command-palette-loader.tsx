"use client";

import { SearchIcon } from "lucide-react";
import { lazy, Suspense, useEffect, useState } from "react";
import type { CommandPaletteProps } from "./command-palette";

export const COMMAND_PLACEHOLDER = "Type a command or a task…";

// Not part of the page's first load: cmdk and the palette's list come with the first key or pointer press.
const CommandPalette = lazy(() => import("./command-palette").then((m) => ({ default: m.CommandPalette })));

/**
 * The command palette, fetched once the user first presses a key or a pointer anywhere (so, usually, there
 * before Ctrl/⌘+K is), or when opened. Opened before it is there, its search box already is: what is typed
 * goes on in the palette once it arrives, and an Enter pressed meanwhile chooses there.
 */
export function CommandPaletteLoader(props: Omit<CommandPaletteProps, "initialSearch" | "chooseOnOpen">) {
  const [wanted, setWanted] = useState(false);
  const [typed, setTyped] = useState("");
  const [entered, setEntered] = useState(false);
  useEffect(() => {
    const want = () => setWanted(true);
    window.addEventListener("keydown", want, { once: true, capture: true });
    window.addEventListener("pointerdown", want, { once: true, capture: true });
    return () => {
      window.removeEventListener("keydown", want, { capture: true });
      window.removeEventListener("pointerdown", want, { capture: true });
    };
  }, []);
  const waiting = props.open && (
    <div className="fixed inset-0 z-50 bg-black/50">
      <div
        role="dialog"
        aria-modal="true"
        aria-label="Command palette"
        className="fixed top-[50%] left-[50%] w-full max-w-[calc(100%-2rem)] translate-x-[-50%] translate-y-[-50%] rounded-lg border bg-popover shadow-lg sm:max-w-xl"
      >
        <div className="flex h-11 items-center gap-2 px-3">
          <SearchIcon className="size-4 shrink-0 opacity-50" aria-hidden="true" />
          <input
            // biome-ignore lint/a11y/noAutofocus: the palette was opened to type in, as its loaded search box is.
            autoFocus
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === "Escape") props.onOpenChange(false);
              if (event.key === "Enter") setEntered(true);
            }}
            placeholder={COMMAND_PLACEHOLDER}
            aria-label="Command or task"
            className="flex h-10 w-full bg-transparent py-3 text-sm outline-hidden placeholder:text-muted-foreground"
          />
        </div>
      </div>
    </div>
  );
  if (!wanted && !props.open) return null;
  return (
    <Suspense fallback={waiting}>
      <CommandPalette {...props} initialSearch={typed} chooseOnOpen={entered} />
    </Suspense>
  );
}
