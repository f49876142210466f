/**
 * The preferences of a request's `Prefer` header (RFC 7240) by lowercase name, each with its value
 * unquoted: `Prefer: count=none, respond-async` → count → "none", respond-async → "". A preference
 * named twice counts as named first, as the RFC says; parameters after `;` are left out.
 */
export function preferences(request: Request): Map<string, string> {
  const found = new Map<string, string>();
  for (const part of (request.headers.get("prefer") ?? "").split(",")) {
    const [preference = ""] = part.split(";");
    const separator = preference.indexOf("=");
    const name = (separator < 0 ? preference : preference.slice(0, separator)).trim().toLowerCase();
    const value = separator < 0 ? "" : preference.slice(separator + 1).trim();
    if (name && !found.has(name)) found.set(name, value.replace(/^"(.*)"$/, "$1"));
  }
  return found;
}
