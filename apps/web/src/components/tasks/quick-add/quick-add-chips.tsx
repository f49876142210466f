"use client";

import type { QuickAddPart, QuickAddPartKind } from "@todo/quick-add";
import { CalendarIcon, FlagIcon, HashIcon, ListIcon, RepeatIcon, XIcon } from "lucide-react";

const KINDS: Record<QuickAddPartKind, { icon: typeof HashIcon; name: string }> = {
  date: { icon: CalendarIcon, name: "due" },
  repeat: { icon: RepeatIcon, name: "repeat" },
  tag: { icon: HashIcon, name: "tag" },
  list: { icon: ListIcon, name: "list" },
  priority: { icon: FlagIcon, name: "priority" },
};

/** What a chip says: the tag with its `#`, the rest as the parser words them. */
function chipText(part: QuickAddPart): string {
  return part.kind === "tag" || part.kind === "list" ? part.label.replace(/^#/u, "") : part.label;
}

/**
 * What the add box recognised in its line, as chips under it, each with a button that takes it back
 * (its words then stay in the title); said to screen readers as it changes.
 */
export function QuickAddChips({ parts, onRemove }: { parts: QuickAddPart[]; onRemove: (part: QuickAddPart) => void }) {
  const said = parts.map((part) => `${KINDS[part.kind].name} ${part.label}`).join(", ");
  return (
    <>
      {parts.length > 0 && (
        <ul aria-label="Recognised in the new task" className="flex flex-wrap gap-1.5 px-3 pb-2">
          {parts.map((part) => {
            const { icon: Icon, name } = KINDS[part.kind];
            return (
              <li
                key={`${part.kind}-${part.start}`}
                data-kind={part.kind}
                className="inline-flex items-center gap-1 rounded-full bg-secondary py-0.5 pr-0.5 pl-2 text-secondary-foreground text-sm"
              >
                <Icon className="size-3.5 text-muted-foreground" aria-hidden="true" />
                {chipText(part)}
                <button
                  type="button"
                  onClick={() => onRemove(part)}
                  aria-label={`Remove ${name} ${part.label}, keep “${part.text}” in the title`}
                  className="rounded-full p-1 text-muted-foreground outline-none hover:bg-background hover:text-foreground focus-visible:ring-[3px] focus-visible:ring-ring/50"
                >
                  <XIcon className="size-3" aria-hidden="true" />
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <p aria-live="polite" className="sr-only" data-testid="quick-add-said">
        {said && `Recognised: ${said}`}
      </p>
    </>
  );
}
