import type { UpdateSettings } from "@todo/contracts";
import { canonicalTimeZone } from "@todo/dates";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Database } from "../client";
import { type UserSettingsRow, userSettings } from "../schema";
import { SettingsChangedError } from "./errors";

/** The default settings for a user who has none yet (made with the account; nothing when they exist). */
export async function createSettings(db: Database, userId: string): Promise<void> {
  await db.insert(userSettings).values({ userId }).onConflictDoNothing();
}

/** The user's settings; a user made before settings existed, or whose row went missing, gets the defaults now. */
export async function getSettings(db: Database, userId: string): Promise<UserSettingsRow> {
  const [row] = await db.select().from(userSettings).where(eq(userSettings.userId, userId));
  if (row) return row;
  await createSettings(db, userId);
  const [made] = await db.select().from(userSettings).where(eq(userSettings.userId, userId));
  if (!made) throw new Error("user_settings has no row after its insert");
  return made;
}

/**
 * PATCH: the fields sent, the time zone stored as the time zone database spells it; with `ifUpdatedAt`
 * (`If-Match`), only if the settings are still at one of those versions (SettingsChangedError otherwise).
 */
export async function updateSettings(
  db: Database,
  userId: string,
  input: UpdateSettings,
  ifUpdatedAt?: readonly Date[],
): Promise<UserSettingsRow> {
  await getSettings(db, userId);
  const timeZone = input.timeZone === undefined ? undefined : (canonicalTimeZone(input.timeZone) ?? undefined);
  const [row] = await db
    .update(userSettings)
    .set({
      timeZone,
      updatedAt: sql`greatest(date_trunc('milliseconds', clock_timestamp()), ${userSettings.updatedAt} + interval '1 millisecond')`,
    })
    .where(
      and(eq(userSettings.userId, userId), ifUpdatedAt ? inArray(userSettings.updatedAt, [...ifUpdatedAt]) : undefined),
    )
    .returning();
  if (!row) throw new SettingsChangedError();
  return row;
}
