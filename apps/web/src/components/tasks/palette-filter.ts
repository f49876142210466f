import type { Task } from "@todo/contracts";
import { defaultFilter } from "cmdk";

type Found = Pick<Task, "id" | "title" | "tags">;

/** A task's item value in the palette: unique (its id), and what cmdk matches typing against (its title and tags). */
export function taskValue(task: Found): string {
  return `task ${task.id} ${task.title} ${task.tags.join(" ")}`.trim();
}

/**
 * The score of the first task the server found for what is typed: what cmdk's own match gave a found task before (its
 * keyword, the search, matched whole at a word's start). Each next one scores a step less, so that cmdk, which sorts
 * items by score, keeps the server's order (ten thousand tasks still score above 0.89).
 */
export const FOUND_SCORE = 0.9;
const FOUND_STEP = 1e-6;

/**
 * How the palette's items are matched to what is typed (cmdk's `filter`). The tasks the server found for `q` are kept
 * while `q` is what is typed, whatever cmdk's own match says (the server reads accents and descriptions too), in the
 * server's order: newest first, a page loaded after the last, a page arriving moving none of those shown. The rest (a
 * former search's tasks while typing goes on, the page's tasks before the first answer, the commands) are cmdk's own
 * match.
 */
export function paletteFilter(q: string, found: readonly Found[]) {
  const order = new Map(q === "" ? [] : found.map((task, i) => [taskValue(task), i]));
  return (value: string, search: string, keywords?: string[]): number => {
    const i = search.trim() === q ? order.get(value) : undefined;
    return i === undefined ? defaultFilter(value, search, keywords) : FOUND_SCORE - i * FOUND_STEP;
  };
}
