import { normalizeTag, tagKey } from "@todo/contracts";

/**
 * Tags as the user types them: "#travel, work home" → ["travel", "work", "home"]. Commas and
 * whitespace separate tags (a tag holds none), and the contract's rules do the rest: a leading "#"
 * is not part of a tag, and a tag already there in another case is not added twice.
 */
export function parseTags(text: string, existing: readonly string[] = []): string[] {
  const tags = [...existing];
  const keys = new Set(tags.map(tagKey));
  for (const raw of text.split(/[\s,]+/u)) {
    const tag = normalizeTag(raw);
    if (tag && !keys.has(tagKey(tag))) {
      keys.add(tagKey(tag));
      tags.push(tag);
    }
  }
  return tags;
}
