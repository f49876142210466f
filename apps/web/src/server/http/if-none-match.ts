/**
 * RFC 9110 § 13.1.2: a GET or HEAD whose `If-None-Match` is `*` or names the representation's
 * current ETag (weak comparison: `W/"1"` matches `"1"`) is answered 304 Not Modified, with the
 * headers the 200 would carry (ETag, Cache-Control, Vary, …) and no content.
 */
export function notModifiedWhenCurrent(request: Request, response: Response): Response {
  if (response.status !== 200 || (request.method !== "GET" && request.method !== "HEAD")) return response;
  const condition = request.headers.get("if-none-match");
  const etag = response.headers.get("etag");
  if (condition === null || etag === null || !namesEtag(condition, etag)) return response;
  void response.body?.cancel();
  const headers = new Headers(response.headers);
  headers.delete("content-type");
  headers.delete("content-length");
  return new Response(null, { status: 304, headers });
}

/** Whether an `If-None-Match` list (`*`, or entity tags, possibly weak) names this ETag. */
export function namesEtag(condition: string, etag: string): boolean {
  if (condition.trim() === "*") return true;
  const opaque = etag.replace(/^W\//, "");
  for (const [, tag] of condition.matchAll(/(?:W\/)?("[^"]*")/g)) if (tag === opaque) return true;
  return false;
}
