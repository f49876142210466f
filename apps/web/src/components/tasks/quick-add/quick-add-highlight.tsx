import type { QuickAddPart } from "@todo/quick-add";
import type { RefObject } from "react";

/**
 * The line drawn again behind its (transparent) input, its recognised words marked: the input's own
 * text stays what the user reads and edits. Scrolled with the input by its owner.
 */
export function QuickAddHighlight({
  text,
  parts,
  ref,
}: {
  text: string;
  parts: QuickAddPart[];
  ref: RefObject<HTMLDivElement | null>;
}) {
  const pieces: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const part of parts) {
    pieces.push({ text: text.slice(at, part.start), marked: false }, { text: part.text, marked: true });
    at = part.end;
  }
  pieces.push({ text: text.slice(at), marked: false });
  return (
    <div
      ref={ref}
      aria-hidden="true"
      className="pointer-events-none absolute inset-0 flex items-center overflow-hidden whitespace-pre text-base text-transparent"
    >
      <span>
        {pieces.map((piece, i) =>
          piece.marked ? (
            <mark key={i} className="rounded-sm bg-primary/15 text-transparent">
              {piece.text}
            </mark>
          ) : (
            piece.text
          ),
        )}
      </span>
    </div>
  );
}
