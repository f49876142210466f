import { type SQL, type SQLWrapper, sql } from "drizzle-orm";

/**
 * The key texts compare by where a user means "the same words": ignoring case, as `lower()` does, and ignoring how
 * an accent was typed (NFC: "é" as one code point or as "e" and a combining acute are one text). A list's name is
 * unique by it, tags are one tag by it, `tag=` and `q` match by it (migration 0014); `caseKey` in @todo/contracts is
 * its mirror in JavaScript. What is stored stays as it was sent.
 */
export const textKey = (text: SQLWrapper): SQL => sql`lower(normalize(${text}, NFC))`;
