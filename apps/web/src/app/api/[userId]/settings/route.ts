import { settingsResponse } from "@todo/api/settings";
import { parseSettingsIfMatch, UpdateSettingsSchema } from "@todo/contracts";
import { getSettings, updateSettings } from "@todo/db";
import { getDb } from "@/server/db";
import { preflight } from "@/server/http/cors";
import { ifMatchVersions } from "@/server/http/if-match";
import { methodNotAllowed } from "@/server/http/method-not-allowed";
import { parseBody } from "@/server/http/parse";
import { userRoute } from "@/server/http/user-route";

type Params = { userId: string };

/**
 * Get the settings
 * @description The user's settings: `timeZone`, the IANA zone their due dates and times, "today" and "overdue" are judged in (`UTC` until set; the browser sets it at sign-up). With an `ETag` for conditional writes.
 * @operationId getSettings
 * @tag Settings
 * @pathParams UserPathParamsSchema
 * @response SettingsSchema:The settings
 * @responseHeader 200 ETag string The settings' version, for `If-Match`
 * @responseHeader 200 X-Request-Id string This request's id, also in server logs
 * @add 304, 401, 403, 429, 500, 503
 * @auth bearer
 * @openapi
 */
export const GET = userRoute<Params>(async (_request, { owner }) => {
  return settingsResponse(await getSettings(getDb(), owner));
});

/**
 * Update the settings
 * @description Changes only the fields sent, at least one. `timeZone` must be an IANA name this server knows (422 at `timeZone` otherwise), and is answered as its time zone database spells it (`europe/berlin` → `Europe/Berlin`). With `If-Match`, answers 412 if the settings changed since.
 * @operationId updateSettings
 * @tag Settings
 * @pathParams UserPathParamsSchema
 * @body UpdateSettingsSchema
 * @response SettingsSchema:The settings as saved
 * @responseHeader 200 ETag string The settings' new version
 * @responseHeader 200 X-Request-Id string This request's id, also in server logs
 * @add 400, 401, 403, 412, 413, 415, 422, 429, 500, 503
 * @auth bearer
 * @openapi-override {"requestBody": {"required": true}}
 * @openapi
 */
export const PATCH = userRoute<Params>(async (request, { owner }) => {
  const ifUpdatedAt = ifMatchVersions(request, parseSettingsIfMatch, "the settings");
  const input = await parseBody(request, UpdateSettingsSchema);
  return settingsResponse(await updateSettings(getDb(), owner, input, ifUpdatedAt));
});

export const OPTIONS = preflight(["GET", "PATCH"]);
export const { POST, PUT, DELETE } = methodNotAllowed(["GET", "PATCH"]);
