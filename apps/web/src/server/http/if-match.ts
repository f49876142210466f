import { HttpError } from "./errors";

/**
 * `If-Match`: `*` or absent means any version; otherwise the write needs one of the versions its list names (read
 * by `parse`, the resource's own reader), and a list naming none this API could have sent can never match (412).
 */
export function ifMatchVersions<Version>(
  request: Request,
  parse: (value: string) => Version[],
  what: string,
): Version[] | undefined {
  const header = request.headers.get("if-match");
  if (header === null || header.trim() === "*") return undefined;
  const versions = parse(header);
  if (versions.length === 0) throw new HttpError(412, `If-Match must be an ETag this API sent for ${what}`);
  return versions;
}

/**
 * Whether `If-Match` names entity tags (not `*`): on a resource this API sends no ETag for, none can match, so the
 * write must be refused with 412 (RFC 9110 § 13.1.1) once the resource is known to exist.
 */
export function ifMatchNamesTags(request: Request): boolean {
  const header = request.headers.get("if-match");
  return header !== null && header.trim() !== "*";
}
