import { asc, desc, eq } from "drizzle-orm";
import type { Database } from "../client";
import { list } from "../schema";
import { ListNotFoundError } from "./errors";
import { type ListWithCount, listWithCount, ownedList } from "./list-columns";

/** Every list of the user, the Inbox first, then by position: one statement. */
export function listLists(db: Database, userId: string): Promise<ListWithCount[]> {
  return db
    .select(listWithCount)
    .from(list)
    .where(eq(list.userId, userId))
    .orderBy(desc(list.isInbox), asc(list.position), asc(list.id));
}

export async function getList(db: Database, userId: string, id: number): Promise<ListWithCount> {
  const [row] = await db.select(listWithCount).from(list).where(ownedList(userId, id));
  if (!row) throw new ListNotFoundError();
  return row;
}
