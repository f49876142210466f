import pg from "pg";

/**
 * Tables that hold nothing of any one user: Better Auth's signing keys, and the ids of ended sessions and access
 * tokens (random UUIDs, linked to no user once their rows are gone, pruned after twice a JWT's lifetime).
 */
const GLOBAL_TABLES = new Set(["jwks", "revoked_credential"]);

/**
 * How many rows of every table in the database name a user: by a `user_id` column, the user row
 * itself, Better Auth's verification values (which hold the user id) and the per-account attempt
 * counters (keyed by the address). Every table is counted, so a table added later is counted too; one it
 * cannot count (no `user_id`) throws unless it is in GLOBAL_TABLES, so that none is skipped unseen.
 */
export async function rowsOfUser(databaseUrl: string, userId: string, email: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ table_name: string; has_user_id: boolean }>(
      `select t.table_name,
              exists (select 1 from information_schema.columns c
                      where c.table_schema = 'public' and c.table_name = t.table_name and c.column_name = 'user_id') as has_user_id
         from information_schema.tables t
        where t.table_schema = 'public' and t.table_type = 'BASE TABLE' and t.table_name not like '\\_\\_%'
        order by t.table_name`,
    );
    const counts: Record<string, number> = {};
    for (const { table_name: table, has_user_id: hasUserId } of tables) {
      const where =
        table === "user"
          ? { sql: "id = $1", value: userId }
          : table === "verification"
            ? { sql: "value = $1", value: userId }
            : table === "rate_limit"
              ? { sql: "key like $1", value: `account:${email.toLowerCase()}|%` }
              : hasUserId
                ? { sql: "user_id = $1", value: userId }
                : null;
      if (!where) {
        if (GLOBAL_TABLES.has(table)) continue;
        throw new Error(
          `Table "${table}" has no user_id: count the user's rows in it here, or list it in GLOBAL_TABLES`,
        );
      }
      const { rows } = await client.query<{ n: string }>(`select count(*) as n from "${table}" where ${where.sql}`, [
        where.value,
      ]);
      counts[table] = Number(rows[0]?.n);
    }
    return counts;
  } finally {
    await client.end();
  }
}
