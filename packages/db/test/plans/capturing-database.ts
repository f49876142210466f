import type { ListTasksQuery } from "@todo/contracts";
import { drizzle } from "drizzle-orm/node-postgres";
import type pg from "pg";
import type { Database } from "../../src/client";
import * as schema from "../../src/schema";
import { listTasks, type TaskPage } from "../../src/tasks";

export interface SentQuery {
  query: string;
  params: unknown[];
}

/**
 * listTasks on a database built as the app builds it (node-postgres, same schema and casing), which
 * also hands back the statements it sent, for EXPLAIN.
 */
export function capturingListTasks(pool: pg.Pool) {
  let sent: SentQuery[] = [];
  const db = drizzle({
    client: pool,
    schema,
    casing: "snake_case",
    logger: { logQuery: (query, params) => sent.push({ query, params }) },
  }) as unknown as Database;
  return async (userId: string, query: ListTasksQuery): Promise<{ page: TaskPage; sent: SentQuery[] }> => {
    sent = [];
    const page = await listTasks(db, userId, query, { count: true });
    return { page, sent };
  };
}
