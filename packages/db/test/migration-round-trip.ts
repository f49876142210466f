import type { DatabaseHandle } from "../src/client";
import { migrateDown, migrateUp } from "../src/migrate";
import { captureSchema } from "./schema-snapshot";

/** On a never-migrated database: down (nothing to do), up, down, up, capturing the schema in between. */
export async function migrationRoundTrip(handle: DatabaseHandle) {
  const neverMigrated = await migrateDown(handle);
  await migrateUp(handle);
  const migrated = await captureSchema(handle.db);
  const rolledBack = await migrateDown(handle);
  const afterRollback = await captureSchema(handle.db);
  await migrateUp(handle);
  const remigrated = await captureSchema(handle.db);
  return { neverMigrated, migrated, rolledBack, afterRollback, remigrated };
}

export const emptySchema = { tables: [], columns: [], indexes: [], constraints: [], enums: [], sequences: [] };

export const migratedOutline = {
  tables: ["account", "jwks", "session", "task", "user", "verification"],
  indexes: [
    "account_pkey",
    "account_userId_idx",
    "jwks_pkey",
    "session_pkey",
    "session_token_unique",
    "session_userId_idx",
    "task_pkey",
    "task_user_created_idx",
    "task_user_due_asc_idx",
    "task_user_due_desc_idx",
    "task_user_priority_idx",
    "task_user_title_idx",
    "task_user_updated_idx",
    "user_email_unique",
    "user_pkey",
    "verification_identifier_idx",
    "verification_pkey",
  ],
  constraints: [
    "account_pkey",
    "account_user_id_user_id_fk",
    "jwks_pkey",
    "session_pkey",
    "session_token_unique",
    "session_user_id_user_id_fk",
    "task_pkey",
    "task_user_id_user_id_fk",
    "user_email_unique",
    "user_pkey",
    "verification_pkey",
  ],
  enums: [{ typname: "task_priority", labels: "none,low,medium,high" }],
  sequences: ["task_id_seq"],
};
