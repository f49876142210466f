import {
  DateOnlySchema,
  fromYearOne,
  MAX_TASK_ID,
  type SortOrder,
  storable,
  TASK_PRIORITIES,
  type TaskSort,
} from "@todo/contracts";
import { z } from "zod";
import { InvalidCursorError } from "./errors";

/** Where a page ended: the last row's sort key and id, and the order they were read in. */
export interface Cursor {
  sort: TaskSort;
  order: SortOrder;
  key: string | null;
  id: number;
}

const Timestamp = z.iso.datetime({ offset: true });
// `sort=due`'s key: a due date at its time (`2026-03-29 09:00:00`), or just before its day (`… 23:59:59.999999`).
const DUE_KEY = /^(\d{4}-\d{2}-\d{2}) ([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,6})?$/;

/** Whether a key is one PostgreSQL could have printed for the sort, so that casting it back cannot fail. */
function validKey(sort: TaskSort, key: unknown): boolean {
  if (key === null) return sort === "due";
  if (typeof key !== "string" || key.length > 512) return false;
  switch (sort) {
    case "created":
    case "updated":
      // PostgreSQL prints `2026-11-26 10:48:50.572+00`; the ISO form of the same is checked.
      return fromYearOne(key) && Timestamp.safeParse(key.replace(" ", "T").replace(/([+-]\d{2})$/, "$1:00")).success;
    case "due": {
      const match = DUE_KEY.exec(key);
      return match !== null && DateOnlySchema.safeParse(match[1]).success;
    }
    case "priority":
      return (TASK_PRIORITIES as readonly string[]).includes(key);
    case "title":
      // A title as stored: one with NUL or a lone surrogate could not be, nor be compared with.
      return storable(key);
    case "manual":
      return /^[0-9A-Za-z]+$/.test(key);
  }
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
  if (s !== sort || o !== order || !validKey(sort, key) || !Number.isInteger(id) || id < 1 || id > MAX_TASK_ID) {
    throw new InvalidCursorError();
  }
  return { sort, order, key, id };
}
