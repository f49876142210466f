import type { SortOrder, TaskSort } from "@todo/contracts";
import { InvalidCursorError } from "./errors";

/** Where a page ended: the last row's sort key and id, and the order they were read in. */
export interface Cursor {
  sort: TaskSort;
  order: SortOrder;
  key: string | null;
  id: number;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.sort, cursor.order, cursor.key, cursor.id])).toString("base64url");
}

export function decodeCursor(text: string, sort: TaskSort, order: SortOrder): Cursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
  } catch {
    throw new InvalidCursorError();
  }
  if (!Array.isArray(parsed) || parsed.length !== 4) throw new InvalidCursorError();
  const [s, o, key, id] = parsed;
  const validKey = key === null || (typeof key === "string" && key.length <= 512);
  if (s !== sort || o !== order || !validKey || !Number.isSafeInteger(id) || id < 1) {
    throw new InvalidCursorError();
  }
  if (key === null && sort !== "due") throw new InvalidCursorError();
  return { sort, order, key, id };
}
