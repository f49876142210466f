import "server-only";
import { NameSchema } from "@todo/contracts";
import { APIError } from "better-auth/api";
import { z } from "zod";

const IMAGE_URL_MAX = 2_048;

/** A picture's address on the account (no page shows one yet): an http(s) URL, or null for none. */
const ImageSchema = z
  // Normalised as the URL standard writes it (the scheme and host in lower case, spaces percent-encoded).
  .url({ protocol: /^https?$/, normalize: true, error: "must be an http or https URL" })
  .refine((url) => url.length <= IMAGE_URL_MAX, `at most ${IMAGE_URL_MAX} characters`)
  .nullable();

/** The endpoints of Better Auth that write the user row's own fields from the request's body. */
const WRITES_ACCOUNT = new Set(["/sign-up/email", "/update-user"]);

/**
 * The user row's own fields as the contract holds them, whichever endpoint writes them: Better Auth's
 * body schemas take any string, so a client could otherwise store a name of a megabyte, of spaces, or
 * with NUL (which PostgreSQL refuses: a 500). Refused as Better Auth refuses a body (400,
 * `VALIDATION_ERROR`), before anything is read or written, so that a sign-up's answer never depends on
 * whether the address has an account; a name is stored trimmed, as the forms send it.
 * Returns the body to go on with, or null when the request writes no account fields.
 */
export function checkedAccountFields(path: string, body: unknown): Record<string, unknown> | null {
  if (!WRITES_ACCOUNT.has(path) || typeof body !== "object" || body === null) return null;
  const fields: Record<string, unknown> = { ...body };
  if (fields.name !== undefined) fields.name = valid("name", NameSchema, fields.name);
  if (fields.image !== undefined) fields.image = valid("image", ImageSchema, fields.image);
  return fields;
}

function valid<T>(field: string, schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const message = parsed.error.issues[0]?.message ?? "is not valid";
  throw new APIError("BAD_REQUEST", { message: `[body.${field}] ${message}`, code: "VALIDATION_ERROR" });
}
