import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { DatabaseHandle } from "../src/client";
import { migrateDown, migrateUp, migrationsFolder } from "../src/migrate";
import { captureSchema, type SchemaSnapshot } from "./schema-snapshot";
import { makeTempDir } from "./temp-dir";

/** Every migration's tag, oldest first, as the journal lists them: a new one is covered at once. */
export const migrationTags: string[] = JSON.parse(
  readFileSync(path.join(migrationsFolder, "meta/_journal.json"), "utf8"),
).entries.map((entry: { tag: string }) => entry.tag);

/** The migrations folder as it stood after its first `count` migrations. */
export function migrationsUpTo(root: string, count: number): string {
  const folder = path.join(root, String(count));
  mkdirSync(path.join(folder, "meta"), { recursive: true });
  const journal = JSON.parse(readFileSync(path.join(migrationsFolder, "meta/_journal.json"), "utf8"));
  journal.entries = journal.entries.slice(0, count);
  writeFileSync(path.join(folder, "meta/_journal.json"), JSON.stringify(journal));
  for (const { tag } of journal.entries)
    cpSync(path.join(migrationsFolder, `${tag}.sql`), path.join(folder, `${tag}.sql`));
  return folder;
}

/** Applies every migration before `tag`, so that a test can put rows in for `tag` to migrate. */
export async function migrateUpToBefore(handle: DatabaseHandle, tag: string): Promise<void> {
  const dir = await makeTempDir();
  try {
    await migrateUp(handle, migrationsUpTo(dir.path, migrationTags.indexOf(tag)));
  } finally {
    await dir.remove();
  }
}

/**
 * On a never-migrated database: down (nothing to do); up one migration at a time, capturing the
 * schema at each stage; down one at a time to nothing, capturing after each; up again. Each
 * rollback must give back exactly the stage before its migration.
 */
export async function migrationRoundTrip(handle: DatabaseHandle) {
  const neverMigrated = await migrateDown(handle);
  const stages: SchemaSnapshot[] = [await captureSchema(handle.db)];
  const dir = await makeTempDir();
  try {
    for (let count = 1; count <= migrationTags.length; count++) {
      await migrateUp(handle, migrationsUpTo(dir.path, count));
      stages.push(await captureSchema(handle.db));
    }
  } finally {
    await dir.remove();
  }
  const rolledBack: string[] = [];
  const afterEachRollback: SchemaSnapshot[] = [];
  for (let tag = await migrateDown(handle); tag; tag = await migrateDown(handle)) {
    rolledBack.push(tag);
    afterEachRollback.push(await captureSchema(handle.db));
  }
  await migrateUp(handle);
  const remigrated = await captureSchema(handle.db);
  return { neverMigrated, stages, rolledBack, afterEachRollback, remigrated };
}

/** What a round trip must give: every rollback undoes exactly its migration, in reverse order. */
export function expectedRoundTrip(stages: SchemaSnapshot[]) {
  return {
    neverMigrated: null,
    stages,
    rolledBack: [...migrationTags].reverse(),
    afterEachRollback: stages.slice(0, -1).reverse(),
    remigrated: stages.at(-1),
  };
}

export const emptySchema = {
  tables: [],
  columns: [],
  indexes: [],
  constraints: [],
  enums: [],
  sequences: [],
  functions: [],
  triggers: [],
};

export const migratedOutline = {
  tables: [
    "access_token",
    "account",
    "api_rate_limit",
    "change",
    "change_feed",
    "change_stream",
    "jwks",
    "list",
    "push_subscription",
    "rate_limit",
    "reminder",
    "revoked_credential",
    "session",
    "task",
    "task_completion",
    "user",
    "user_settings",
    "verification",
  ],
  indexes: [
    "access_token_pkey",
    "access_token_secretHash_unique",
    "access_token_user_idx",
    "account_pkey",
    "account_userId_idx",
    "api_rate_limit_user_id_window_start_pk",
    "change_created_idx",
    "change_feed_pkey",
    "change_stream_pkey",
    "change_stream_user_idx",
    "change_user_id_seq_pk",
    "jwks_pkey",
    "list_pkey",
    "list_user_inbox_idx",
    "list_user_name_idx",
    "list_user_position_idx",
    "push_subscription_endpoint_unique",
    "push_subscription_pkey",
    "push_subscription_user_idx",
    "rate_limit_key_unique",
    "rate_limit_pkey",
    "reminder_occurrence_unique",
    "reminder_pending_idx",
    "reminder_pkey",
    "reminder_user_idx",
    "revoked_credential_pkey",
    "revoked_credential_revoked_at_idx",
    "session_pkey",
    "session_token_unique",
    "session_userId_idx",
    "task_completion_pkey",
    "task_completion_task_idx",
    "task_list_idx",
    "task_parent_position_idx",
    "task_pkey",
    "task_user_created_idx",
    "task_user_description_trgm_idx",
    "task_user_due_asc_idx",
    "task_user_due_desc_idx",
    "task_user_list_created_idx",
    "task_user_list_position_idx",
    "task_user_priority_idx",
    "task_user_tag_keys_idx",
    "task_user_tags_trgm_idx",
    "task_user_title_idx",
    "task_user_title_trgm_idx",
    "task_user_updated_idx",
    "user_email_unique",
    "user_pkey",
    "user_settings_pkey",
    "verification_identifier_idx",
    "verification_pkey",
  ],
  constraints: [
    "access_token_pkey",
    "access_token_secretHash_unique",
    "access_token_user_id_user_id_fk",
    "account_pkey",
    "account_user_id_user_id_fk",
    "api_rate_limit_user_id_user_id_fk",
    "api_rate_limit_user_id_window_start_pk",
    "change_feed_pkey",
    "change_feed_user_id_user_id_fk",
    "change_stream_pkey",
    "change_stream_user_id_user_id_fk",
    "change_user_id_change_feed_user_id_fk",
    "change_user_id_seq_pk",
    "jwks_pkey",
    // The log's triggers are constraint triggers (deferred), listed as constraints too.
    "list_change_log",
    "list_pkey",
    "list_user_id_user_id_fk",
    "push_subscription_endpoint_unique",
    "push_subscription_pkey",
    "push_subscription_user_id_user_id_fk",
    "rate_limit_key_unique",
    "rate_limit_pkey",
    "reminder_occurrence_unique",
    "reminder_pkey",
    "reminder_task_id_task_id_fk",
    "reminder_user_id_user_id_fk",
    "revoked_credential_pkey",
    "session_pkey",
    "session_token_unique",
    "session_user_id_user_id_fk",
    "settings_change_log",
    "task_change_log",
    "task_completion_pkey",
    "task_completion_task_id_task_id_fk",
    "task_completion_user_id_user_id_fk",
    "task_due_time_needs_date",
    "task_list_id_list_id_fk",
    "task_parent_id_task_id_fk",
    "task_pkey",
    "task_recurrence_needs_date",
    "task_reminders_need_date",
    "task_user_id_user_id_fk",
    "user_email_unique",
    "user_pkey",
    "user_settings_pkey",
    "user_settings_user_id_user_id_fk",
    "verification_pkey",
  ],
  enums: [
    { typname: "access_token_scope", labels: "read,read-write" },
    {
      typname: "change_type",
      labels: "task.created,task.updated,task.deleted,list.created,list.updated,list.deleted,settings.updated",
    },
    { typname: "recurrence_from", labels: "due,completion" },
    { typname: "reminder_state", labels: "pending,sent,failed,expired" },
    { typname: "task_priority", labels: "none,low,medium,high" },
  ],
  sequences: ["list_id_seq", "push_subscription_id_seq", "reminder_id_seq", "task_completion_id_seq", "task_id_seq"],
  functions: [
    "change_log_append",
    "change_log_record",
    "credential_revoked",
    "list_change_log",
    "reminder_instants",
    "reminder_schedule",
    "settings_change_log",
    "settings_reminders",
    "task_change_log",
    "task_reminders",
    "task_tag_keys",
    "task_tags_text",
    "wall_clock_instant",
  ],
  triggers: [
    "access_token_revoked",
    "list_change_log",
    "session_revoked",
    "settings_change_log",
    "settings_reminders",
    "task_change_log",
    "task_reminders",
  ],
};
