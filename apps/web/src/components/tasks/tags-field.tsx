"use client";

import { normalizeTag, TAGS_MAX, tagKey } from "@todo/contracts";
import { HashIcon, PlusIcon, XIcon } from "lucide-react";
import { useEffect, useId, useRef, useState } from "react";
import { Command, CommandGroup, CommandInput, CommandItem, CommandList } from "@/components/ui/command";
import { parseTags } from "./tag-input";

interface TagsFieldProps {
  value: string[];
  onChange: (tags: string[]) => void;
  /**
   * Reads the user's existing tags, offered as they type: called once, when the field appears (sorting them
   * compares text by locale, whose first use on a page costs up to ~20 ms: not paid until someone tags).
   */
  suggestions: () => string[];
  label: string;
  /**
   * The field takes focus as it appears: in the add box, whose Tags button opens it to type a tag. It loads
   * after its popover opens, so the popover's own first focus finds nothing to land on.
   */
  focusOnMount?: boolean;
}

/**
 * Tags as chips, and a field that adds one on Enter, comma or space (with suggestions from the
 * user's tags, arrow keys to pick); Backspace in the empty field takes the last chip off.
 */
export function TagsField({
  value,
  onChange,
  suggestions: readSuggestions,
  label,
  focusOnMount = false,
}: TagsFieldProps) {
  const [suggestions] = useState(readSuggestions);
  const [text, setText] = useState("");
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (focusOnMount) inputRef.current?.focus();
  }, [focusOnMount]);
  const labelId = useId();
  const typed = normalizeTag(text);
  const taken = new Set(value.map(tagKey));
  const offered = suggestions.filter((t) => !taken.has(tagKey(t)) && tagKey(t).includes(tagKey(typed))).slice(0, 8);
  const full = value.length >= TAGS_MAX;

  function add(tags: string) {
    onChange(parseTags(tags, value).slice(0, TAGS_MAX));
    setText("");
  }

  return (
    <div className="space-y-2">
      <span id={labelId} className="font-medium text-sm">
        {label}
      </span>
      {value.length > 0 && (
        <ul aria-label="Tags" className="flex flex-wrap gap-1.5">
          {value.map((tag) => (
            <li key={tag} className="inline-flex items-center gap-1 rounded-full bg-secondary py-0.5 pr-1 pl-2 text-sm">
              <HashIcon className="size-3 text-muted-foreground" aria-hidden="true" />
              {tag}
              <button
                type="button"
                onClick={() => onChange(value.filter((t) => t !== tag))}
                aria-label={`Remove tag ${tag}`}
                className="rounded-full p-0.5 text-muted-foreground outline-none hover:bg-background hover:text-foreground focus-visible:ring-[3px] focus-visible:ring-ring/50"
              >
                <XIcon className="size-3" aria-hidden="true" />
              </button>
            </li>
          ))}
        </ul>
      )}
      <Command shouldFilter={false} className="rounded-md border" aria-labelledby={labelId}>
        <CommandInput
          ref={inputRef}
          value={text}
          onValueChange={(next) => {
            // Comma or space ends a tag, as in Todoist's label field.
            if (/[\s,]$/u.test(next) && next.trim()) add(next);
            else setText(next);
          }}
          onKeyDown={(event) => {
            if (event.key === "Backspace" && !text && value.length) onChange(value.slice(0, -1));
            // A tag the task already has, in any case: nothing to add, and the field is cleared for the next.
            if (event.key === "Enter" && typed && taken.has(tagKey(typed))) {
              event.preventDefault();
              setText("");
            }
          }}
          placeholder={full ? `At most ${TAGS_MAX} tags` : "Add a tag"}
          disabled={full}
          aria-label={label}
        />
        {/* Always there, hidden when it has nothing to offer: the field's aria-controls names it. */}
        <CommandList className="max-h-48" hidden={!(typed || offered.length > 0) || full}>
          <CommandGroup heading={typed ? undefined : "Your tags"}>
            {typed && !taken.has(tagKey(typed)) && !offered.some((t) => tagKey(t) === tagKey(typed)) && (
              <CommandItem value={`new:${typed}`} onSelect={() => add(typed)}>
                <PlusIcon aria-hidden="true" /> Add “{typed}”
              </CommandItem>
            )}
            {offered.map((tag) => (
              <CommandItem key={tag} value={tag} onSelect={() => add(tag)}>
                <HashIcon aria-hidden="true" /> {tag}
              </CommandItem>
            ))}
          </CommandGroup>
        </CommandList>
      </Command>
    </div>
  );
}
