import { IMPORT_BODY_LIMIT_BYTES, ImportQuerySchema, type ImportSummary } from "@todo/contracts";
import { importAccount } from "@todo/db";
import { readImport } from "@/server/account/read-import";
import { getDb } from "@/server/db";
import { preflight } from "@/server/http/cors";
import { HttpError } from "@/server/http/errors";
import { methodNotAllowed } from "@/server/http/method-not-allowed";
import { decodeDeclared, decodeUtf8, parseQuery, readLimited } from "@/server/http/parse";
import { userRoute } from "@/server/http/user-route";

type Params = { userId: string };

const JSON_TYPE = /^application\/(.+\+)?json\s*(;|$)/i;
const CSV_TYPE = /^text\/csv\s*(;|$)/i;
const TITLES_SHOWN = 5;

/**
 * Import
 * @description Adds the contents of an export document (`Content-Type: application/json`, `format: "todo-export"`, `version: 1`, as `GET …/export` answers it) or of a Todoist project's CSV export (`text/csv`) to the user's data, in one transaction: all or nothing. Never overwrites: each list is created anew (a name the user has gets a suffix, " (2)"), the Inbox's tasks go after the user's Inbox tasks, ids are fresh, subtasks and completions follow their tasks, and the settings stay as they are. A Todoist file becomes one list, "Todoist": INDENT 2 and deeper are subtasks of the task above at indent 1, PRIORITY 4 is high, `@labels` and the section a task is under become tags, `note` rows are appended to the task's description, and an English DATE is read as the add box reads it ("every day", "tomorrow 5pm"); one it cannot read is kept in the description, with a warning. Answers 200 with the counts of what was added and the warnings; with `dryRun=true`, the same summary of what would be added, adding nothing. A CSV is read in the `charset` its `Content-Type` names (`text/csv; charset=windows-1252`; UTF-8 without one, and an unknown charset is 415); JSON is always UTF-8. A body that cannot be read is 422 naming the field (`tasks.3.title`) or the CSV row (`rows.4.PRIORITY`, the header being row 1), and adds nothing; past 5 MB, 413; another content type, 415.
 * @operationId importAccount
 * @tag Settings
 * @pathParams UserPathParamsSchema
 * @params ImportQuerySchema
 * @body AccountExportSchema
 * @response 200:ImportSummarySchema:What was added (with dryRun, what would be)
 * @responseHeader 200 X-Request-Id string This request's id, also in server logs
 * @add 400, 401, 403, 413, 415, 422, 429, 500, 503
 * @auth bearer
 * @openapi-override {"requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/AccountExportSchema"}}, "text/csv": {"schema": {"type": "string", "description": "A Todoist project's CSV export: TYPE, CONTENT, DESCRIPTION, PRIORITY, INDENT, AUTHOR, RESPONSIBLE, DATE, DATE_LANG, TIMEZONE"}}}}}
 * @openapi
 */
export const POST = userRoute<Params>(async (request, { owner }) => {
  const { dryRun } = parseQuery(request, ImportQuerySchema);
  const type = request.headers.get("content-type") ?? "";
  const isJson = JSON_TYPE.test(type);
  if (!isJson && !CSV_TYPE.test(type)) {
    throw new HttpError(415, "Send an export as application/json or a Todoist CSV export as text/csv");
  }
  const bytes = await readLimited(request, IMPORT_BODY_LIMIT_BYTES);
  // JSON is UTF-8 whatever a charset says (RFC 8259 § 8.1); a CSV is in the charset it declares.
  const text = isJson ? decodeUtf8(bytes) : decodeDeclared(bytes, type);
  const db = getDb();
  const read = await readImport(db, owner, text, isJson ? "export" : "todoist-csv");
  if (!read.ok) throw new HttpError(422, "The import cannot be read: nothing was added", { errors: read.errors });

  const result = await importAccount(db, owner, read.plan, { dryRun: dryRun === "true" });
  const summary: ImportSummary = {
    dryRun: dryRun === "true",
    lists: result.lists,
    tasks: result.tasks,
    subtasks: result.subtasks,
    completions: result.completions,
    titles: read.plan.tasks
      .filter((t) => t.parent === null)
      .slice(0, TITLES_SHOWN)
      .map((t) => t.title),
    warnings: [
      ...result.renamed.map(
        ({ from, to }) => `A list named ${JSON.stringify(from)} exists: imported as ${JSON.stringify(to)}`,
      ),
      ...read.warnings,
    ],
  };
  return Response.json(summary, { headers: { "Cache-Control": "no-store" } });
});

export const OPTIONS = preflight(["POST"]);
export const { GET, PUT, PATCH, DELETE } = methodNotAllowed(["POST"]);
