/** The target of the link with the given relation in an RFC 8288 `Link` header, or null. */
export function findLink(header: string | null, rel: string): string | null {
  if (!header) return null;
  for (const match of header.matchAll(/<([^>]*)>((?:\s*;\s*[^;,="]+(?:=\s*(?:"[^"]*"|[^;,]*))?)*)/g)) {
    const [, target = "", params = ""] = match;
    for (const param of params.matchAll(/;\s*([^\s=;]+)\s*=\s*(?:"([^"]*)"|([^\s;,]+))/g)) {
      const [, name = "", quoted, bare] = param;
      const relations = (quoted ?? bare ?? "").toLowerCase().split(/\s+/);
      if (name.toLowerCase() === "rel" && relations.includes(rel.toLowerCase())) return target;
    }
  }
  return null;
}

/** The `cursor` of the list's `rel="next"` link: the next page, or null on the last one. */
export function nextCursor(header: string | null): string | null {
  const target = findLink(header, "next");
  if (target === null) return null;
  // Any base will do: the target is usually a path, and only its query matters.
  return new URL(target, "http://link.invalid").searchParams.get("cursor");
}
