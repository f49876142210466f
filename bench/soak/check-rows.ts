// After the soak, on PostgreSQL itself: no acknowledged write lost, none made up.
import type { Task } from "@todo/contracts";
import { sqlClient } from "../support/sql";
import type { SoakState } from "./soak-state";

interface StoredTask {
  id: number;
  title: string;
  description: string;
  completed: boolean;
  priority: string;
  tags: string[];
  dueDate: string | null;
  updatedAt: Date;
}

function sameTask(acknowledged: Task, stored: StoredTask): boolean {
  return (
    acknowledged.title === stored.title &&
    acknowledged.description === stored.description &&
    acknowledged.completed === stored.completed &&
    acknowledged.priority === stored.priority &&
    JSON.stringify(acknowledged.tags) === JSON.stringify(stored.tags) &&
    acknowledged.dueDate === stored.dueDate &&
    Date.parse(acknowledged.updatedAt) === stored.updatedAt.getTime()
  );
}

/**
 * The soak users' rows against seeded + creates answered 201 − deletes answered 204, and every
 * task the soak created or changed against the app's last acknowledging answer for it.
 */
export async function checkRows(databaseUrl: string, state: SoakState) {
  const client = sqlClient(databaseUrl);
  try {
    const userIds = state.users.map((user) => user.userId);
    const counted = await client.query<{ rows: number }>(
      "SELECT count(*)::int AS rows FROM task WHERE user_id = ANY($1::uuid[])",
      [userIds],
    );
    const stored = await client.query<StoredTask>(
      `SELECT id, title, description, completed, priority::text AS priority, tags, due_date::text AS "dueDate",
         updated_at AS "updatedAt"
       FROM task WHERE id = ANY($1::int[])`,
      [[...state.acknowledged.keys()]],
    );
    const byId = new Map(stored.rows.map((row) => [row.id, row]));
    const differing = [...state.acknowledged].filter(([id, task]) => {
      const row = byId.get(id);
      return !row || !sameTask(task, row);
    });
    const sum = (pick: (user: SoakState["users"][number]) => number) =>
      state.users.reduce((total, user) => total + pick(user), 0);
    return {
      seeded: sum((user) => user.seeded),
      creates: sum((user) => user.created),
      deletes: sum((user) => user.deleted),
      rows_expected: sum((user) => user.seeded + user.created - user.deleted),
      rows_found: counted.rows[0]?.rows ?? 0,
      rows_checked: state.acknowledged.size,
      rows_differing: differing.length,
    };
  } finally {
    await client.end();
  }
}
