import { randomUUID } from "node:crypto";
import type { Database } from "../src/client";
import { user } from "../src/schema";

/** A user of its own for each test, so that no test sees another's tasks. */
export async function createUser(db: Database, name = "Test User"): Promise<string> {
  const [row] = await db
    .insert(user)
    .values({ name, email: `${randomUUID()}@example.test` })
    .returning({ id: user.id });
  if (!row) throw new Error("INSERT … RETURNING gave no row");
  return row.id;
}
