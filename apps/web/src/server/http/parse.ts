import type { FieldError } from "@todo/contracts";
import type { z } from "zod";
import { HttpError } from "./errors";

export const BODY_LIMIT_BYTES = 16 * 1024;
const REPLACEMENT = "\ufffd";
const NOT_UTF8 = "Percent-escapes must encode UTF-8 text (U+FFFD, which stands in for bytes that were not, is refused)";

export function fieldErrors(error: z.ZodError, unknownKey: string): FieldError[] {
  return error.issues.flatMap((issue) => {
    const path = issue.path.join(".");
    if (issue.code !== "unrecognized_keys") return [{ path, message: issue.message }];
    // One error per unknown field, each at its own path.
    return issue.keys.map((key) => ({ path: path ? `${path}.${key}` : key, message: unknownKey }));
  });
}

/** The query string, parsed with its contract; a bad value is 400 naming the parameter. */
export function parseQuery<S extends z.ZodType>(request: Request, schema: S): z.output<S> {
  const params = new URL(request.url).searchParams;
  const raw: Record<string, string> = {};
  for (const [key, value] of params) {
    // Next.js decodes a percent-escape that is not UTF-8 (`%FF`, `%ED%A0%80`) to U+FFFD before the
    // handler sees the URL: refused, or the search would run for a text the client never sent.
    if (key.includes(REPLACEMENT) || value.includes(REPLACEMENT))
      throw new HttpError(400, "Invalid query parameters", {
        errors: [{ path: key.includes(REPLACEMENT) ? "" : key, message: NOT_UTF8 }],
      });
    if (key in raw)
      throw new HttpError(400, "Invalid query parameters", {
        errors: [{ path: key, message: "Give this parameter once" }],
      });
    raw[key] = value;
  }
  const result = schema.safeParse(raw);
  if (!result.success)
    throw new HttpError(400, "Invalid query parameters", { errors: fieldErrors(result.error, "Unknown parameter") });
  return result.data;
}

/**
 * The JSON body, parsed with its contract: 415 unless JSON, 413 past the size limit, 400 when it
 * is not UTF-8 or does not parse, 422 when a field is invalid or unknown.
 */
export async function parseBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.output<S>> {
  return validateBody(request, await readLimited(request), schema);
}

/** As `parseBody`, for a body the client may leave out: an empty one gives undefined. */
export async function parseOptionalBody<S extends z.ZodType>(
  request: Request,
  schema: S,
): Promise<z.output<S> | undefined> {
  const bytes = await readLimited(request);
  return /^\s*$/.test(bytes.toString("latin1")) ? undefined : validateBody(request, bytes, schema);
}

function validateBody<S extends z.ZodType>(request: Request, bytes: Buffer, schema: S): z.output<S> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/(.+\+)?json\s*(;|$)/i.test(type)) {
    throw new HttpError(415, "Send the body as application/json");
  }
  let json: unknown;
  try {
    json = JSON.parse(decodeUtf8(bytes));
  } catch (error) {
    if (error instanceof HttpError) throw error;
    throw new HttpError(400, "The body is not valid JSON");
  }
  const result = schema.safeParse(json);
  if (!result.success)
    throw new HttpError(422, "Some fields are invalid", { errors: fieldErrors(result.error, "Unknown field") });
  return result.data;
}

/** One decoder for the process: a decode that does not stream keeps no state from one call to the next. */
const UTF8 = new TextDecoder("utf-8", { fatal: true });

/** Fatal: bytes that are not UTF-8 would otherwise become U+FFFD, and be stored changed. */
export function decodeUtf8(bytes: Buffer): string {
  try {
    return UTF8.decode(bytes);
  } catch {
    throw new HttpError(400, "The body is not valid UTF-8");
  }
}

/** A media type's `charset` parameter, lower-cased (`text/csv; Charset="ISO-8859-1"` → `iso-8859-1`), if it has one. */
function charsetOf(contentType: string): string | undefined {
  for (const parameter of contentType.split(";").slice(1)) {
    const [name = "", ...value] = parameter.split("=");
    if (name.trim().toLowerCase() === "charset")
      return value
        .join("=")
        .trim()
        .replace(/^"(.*)"$/, "$1")
        .toLowerCase();
  }
  return undefined;
}

/**
 * What windows-1252 (also the charset meant by the labels `iso-8859-1`, `latin1` and `ascii`) has at 0x80–0x9F, by the
 * Encoding Standard. Node.js 20's `TextDecoder` reads those bytes as Latin-1's C1 controls instead ("\u0080" for "€"),
 * where a browser's reads "€", "‘", "’"…; the bytes it leaves undefined stay the controls.
 */
const WINDOWS_1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

/**
 * A text body in the charset its `Content-Type` declares (RFC 9110 § 8.3.2; `text/*` with none is UTF-8 here, as
 * RFC 7111 recommends for `text/csv`): `windows-1252`, `iso-8859-1`, `utf-16le`… by the Encoding Standard's labels.
 * 415 for a charset it does not know; 400 for bytes that are not that charset (fatal, as for UTF-8).
 */
export function decodeDeclared(bytes: Buffer, contentType: string): string {
  const charset = charsetOf(contentType);
  if (charset === undefined || charset === "utf-8" || charset === "utf8") return decodeUtf8(bytes);
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset, { fatal: true });
  } catch {
    throw new HttpError(415, `The charset "${charset}" is not one this server reads: send UTF-8`);
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new HttpError(400, `The body is not valid ${decoder.encoding}`);
  }
  if (decoder.encoding !== "windows-1252") return text;
  return text.replace(/[\u0080-\u009f]/g, (control) => WINDOWS_1252_HIGH.charAt(control.charCodeAt(0) - 0x80));
}

/**
 * The body's bytes, 413 past `limit` (the declared Content-Length first, then what arrives); 415 for a
 * body sent with a content coding, which nothing here decodes.
 */
export async function readLimited(request: Request, limit = BODY_LIMIT_BYTES): Promise<Buffer> {
  refuseContentCoding(request);
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > limit) throw tooLarge(limit);
  if (!request.body) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of request.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > limit) throw tooLarge(limit);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/**
 * RFC 7694: a body sent with a content coding the server does not take (`Content-Encoding: gzip`; a
 * list of codings, in any letter case) is refused with 415 and `Accept-Encoding` naming what it takes,
 * rather than read as if it were the JSON itself. `identity` alone is no coding.
 */
function refuseContentCoding(request: Request): void {
  const codings = (request.headers.get("content-encoding") ?? "")
    .split(",")
    .map((coding) => coding.trim().toLowerCase())
    .filter((coding) => coding !== "" && coding !== "identity");
  if (codings.length === 0) return;
  throw new HttpError(
    415,
    `Send the body without a content coding (Content-Encoding: ${codings.join(", ")} is not taken)`,
    {
      headers: { "Accept-Encoding": "identity" },
    },
  );
}

/**
 * The rest of the body stays unread, so the connection cannot carry another request: the answer
 * says it closes (RFC 9110, 15.5.14), or a client would send its next request down it and lose it.
 */
function tooLarge(limit: number): HttpError {
  const size = limit >= 1024 * 1024 ? `${limit / 1024 / 1024} MB` : `${limit / 1024} KiB`;
  return new HttpError(413, `The body is larger than ${size}`, {
    headers: { Connection: "close" },
  });
}
