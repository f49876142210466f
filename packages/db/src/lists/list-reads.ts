import { asc, desc, eq } from "drizzle-orm";
import type { Database } from "../client";
import { list } from "../schema";
import { ListNotFoundError } from "./errors";
import { insertInbox, type ListWithCount, listWithCount, ownedList } from "./list-columns";

/** Every list of the user, the Inbox first, then by position: one statement. */
function selectLists(db: Database, userId: string): Promise<ListWithCount[]> {
  return db
    .select(listWithCount)
    .from(list)
    .where(eq(list.userId, userId))
    .orderBy(desc(list.isInbox), asc(list.position), asc(list.id));
}

/** The user's lists, the Inbox first; a user without one (its sign-up's after-commit hook failed) gets it now. */
export async function listLists(db: Database, userId: string): Promise<ListWithCount[]> {
  const rows = await selectLists(db, userId);
  if (rows[0]?.isInbox) return rows;
  await insertInbox(db, userId);
  return selectLists(db, userId);
}

export async function getList(db: Database, userId: string, id: number): Promise<ListWithCount> {
  const [row] = await db.select(listWithCount).from(list).where(ownedList(userId, id));
  if (!row) throw new ListNotFoundError();
  return row;
}
