import { fromExport, fromTodoistCsv, type ReadResult } from "@todo/api/account-import";
import { AccountExportSchema, EXPORT_FORMAT, EXPORT_VERSION } from "@todo/contracts";
import { wallClockNow } from "@todo/dates";
import { type Database, getSettings } from "@todo/db";
import { HttpError } from "../http/errors";
import { fieldErrors } from "../http/parse";

/**
 * What an import body adds, read as its kind says: an export document (checked against its schema), or a Todoist
 * CSV export read on the user's wall clock. Reads only (the user's settings); the import itself is one transaction.
 */
export async function readImport(
  db: Database,
  owner: string,
  text: string,
  kind: "export" | "todoist-csv",
): Promise<ReadResult> {
  return kind === "export" ? readExport(text) : readTodoistCsv(db, owner, text);
}

function readExport(text: string): ReadResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new HttpError(400, "The body is not valid JSON");
  }
  const head = json as { format?: unknown; version?: unknown } | null;
  if (typeof head !== "object" || head === null || head.format !== EXPORT_FORMAT) {
    return { ok: false, errors: [{ path: "format", message: `Not an export: format must be "${EXPORT_FORMAT}"` }] };
  }
  if (head.version !== EXPORT_VERSION) {
    return {
      ok: false,
      errors: [{ path: "version", message: `This server reads version ${EXPORT_VERSION} of the export format` }],
    };
  }
  const parsed = AccountExportSchema.safeParse(json);
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error, "Unknown field").slice(0, 20) };
  return fromExport(parsed.data);
}

/** Todoist's relative dates ("tomorrow") are the user's: read on the wall clock of their time zone. */
async function readTodoistCsv(db: Database, owner: string, text: string): Promise<ReadResult> {
  const { timeZone } = await getSettings(db, owner);
  const { date, time } = wallClockNow(timeZone);
  return fromTodoistCsv(text, { today: date, now: time });
}
