import { MAX_LIST_ID } from "@todo/contracts";
import { HttpError } from "../http/errors";

/** The path's list id; one that cannot exist is simply not found, as an unknown id is. */
export function parseListId(raw: string): number {
  const id = /^[1-9]\d{0,9}$/.test(raw) ? Number(raw) : Number.NaN;
  if (!(id <= MAX_LIST_ID)) throw new HttpError(404, "No such list");
  return id;
}
