import { type Settings, settingsEtag } from "@todo/contracts";
import type { UserSettingsRow } from "@todo/db";

export function toSettings(row: UserSettingsRow): Settings {
  return { timeZone: row.timeZone, updatedAt: row.updatedAt.toISOString() };
}

/** The settings as JSON, with their ETag for `If-Match`. */
export function settingsResponse(row: UserSettingsRow): Response {
  const settings = toSettings(row);
  return Response.json(settings, { headers: { ETag: settingsEtag(settings), "Cache-Control": "no-store" } });
}
