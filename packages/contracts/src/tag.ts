import { z } from "zod";
import { fits, showsSomething, storable, UNSTORABLE_TEXT } from "./characters";
import { normalizeTag, TAG_MAX, TAG_WHITESPACE, TAGS_MAX, tagKey } from "./tag-text";

export const TagSchema = z
  .string()
  .overwrite(normalizeTag)
  .min(1, { message: "A tag must not be empty", abort: true })
  .refine(showsSomething, "A tag must not be empty")
  .refine((tag) => !TAG_WHITESPACE.test(tag), "A tag must not hold whitespace: send each word as a tag of its own")
  .refine(storable, `A tag ${UNSTORABLE_TEXT}`)
  .refine(fits(TAG_MAX), `A tag must be at most ${TAG_MAX} characters`)
  .meta({ maxLength: TAG_MAX })
  .describe("A tag: trimmed, leading `#`s dropped (`#home` is `home`), no whitespace inside, compared ignoring case");

export const TagsSchema = z
  .array(TagSchema)
  .max(TAGS_MAX, `At most ${TAGS_MAX} tags`)
  // A plain string: the OpenAPI generator reads this file without running it.
  .describe("At most 10 tags; tags equal but for case are kept once, as first spelled (`ok`, `OK` → `ok`)")
  .transform((tags) => {
    const seen = new Set<string>();
    return tags.filter((tag) => !seen.has(tagKey(tag)) && seen.add(tagKey(tag)));
  });
