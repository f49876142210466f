/**
 * Tags as the user types them: "#travel, work home" → ["travel", "work", "home"]. Commas and
 * whitespace separate tags (a tag holds none), a leading "#" is not part of one, and a tag already
 * there in another case is not added twice (tags compare ignoring case).
 */
export function parseTags(text: string, existing: readonly string[] = []): string[] {
  const tags = [...existing];
  for (const raw of text.split(/[\s,]+/u)) {
    const tag = raw.replace(/^#+/u, "");
    if (tag && !tags.some((t) => t.toLowerCase() === tag.toLowerCase())) tags.push(tag);
  }
  return tags;
}
