import type { Database } from "../../src/client";
import { listLists } from "../../src/lists";

/** The id of the user's Inbox, which sign-up (or their first task) made. */
export async function inboxId(db: Database, userId: string): Promise<number> {
  const inbox = (await listLists(db, userId)).find((list) => list.isInbox);
  if (!inbox) throw new Error("the user has no Inbox");
  return inbox.id;
}
