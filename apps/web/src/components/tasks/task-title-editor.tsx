"use client";

import { TITLE_MAX } from "@todo/contracts";
import { type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import { loadInputSchemas, preloadInputSchemas } from "@/lib/load-input-schemas";
import { cn } from "@/lib/utils";

interface TaskTitleEditorProps {
  title: string;
  /** What was typed here before and could not be saved: the field starts with it, to be sent again. */
  typed?: string | null;
  /** Called with a valid, changed title; the editor closes. */
  onSave: (title: string) => void;
  /** Escape, or a save with nothing changed. `byKey`: focus goes back to the row. */
  onClose: (byKey: boolean) => void;
}

const COUNTER_FROM = TITLE_MAX - 30;

/**
 * Edits a title in place. A title the API would refuse keeps the field open with the reason (what
 * was typed is never lost); a counter shows near the limit.
 */
export function TaskTitleEditor({ title, typed = null, onSave, onClose }: TaskTitleEditorProps) {
  const [draft, setDraft] = useState(typed ?? title);
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();
  const length = draft.trim().length;

  // The schema loads as the editor opens. Saves that waited for it (Enter, then clicking away) share
  // its load: the first to go on closes the editor, and the others, like a save after Escape, do nothing.
  const closed = useRef(false);
  useEffect(() => preloadInputSchemas(), []);

  async function save(byKey: boolean) {
    const schemas = await loadInputSchemas().catch(() => null);
    if (closed.current) return;
    if (!schemas) {
      setError("The title could not be checked: check your connection and try again");
      return;
    }
    const parsed = schemas.TaskTitleSchema.safeParse(draft);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? "Check the title");
      return;
    }
    closed.current = true;
    if (parsed.data === title) onClose(byKey);
    else onSave(parsed.data);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    // The list's own keys (j/k, x, Delete…) must not act while typing.
    event.stopPropagation();
    if (event.key === "Enter") {
      event.preventDefault();
      void save(true);
    }
    if (event.key === "Escape") {
      event.preventDefault();
      closed.current = true;
      onClose(true);
    }
  }

  return (
    <div className="min-w-0 flex-1">
      <input
        // biome-ignore lint/a11y/noAutofocus: the user asked to edit this title.
        autoFocus
        value={draft}
        onChange={(e) => {
          setDraft(e.target.value);
          setError(null);
        }}
        onKeyDown={onKeyDown}
        // Clicking away saves a valid title; an invalid one keeps the field, and its message, open.
        onBlur={() => void save(false)}
        onFocus={(e) => e.target.select()}
        aria-label="Edit title"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        className={cn(
          "w-full rounded-md border border-ring bg-background px-2 py-0.5 outline-none ring-[3px] ring-ring/30",
          error && "border-destructive ring-destructive/20",
        )}
      />
      <div className="mt-1 flex justify-between gap-2 text-xs">
        <span id={errorId} role={error ? "alert" : undefined} className="text-destructive">
          {error}
        </span>
        {length >= COUNTER_FROM && (
          <span className={cn("tabular-nums", length > TITLE_MAX ? "text-destructive" : "text-muted-foreground")}>
            {length}/{TITLE_MAX}
          </span>
        )}
      </div>
    </div>
  );
}
