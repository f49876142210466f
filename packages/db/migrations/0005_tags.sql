-- Tags compare ignoring case by lower() (contracts' tagKey lowers as it does), and q finds a tag in the tags
-- joined by spaces, which no tag holds. array_to_string is only STABLE because some element types print by
-- settings; text does not, so both functions are IMMUTABLE, which an index needs.
CREATE FUNCTION task_tag_keys(tags text[]) RETURNS text[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT ARRAY(SELECT lower(tag) FROM unnest(tags) AS tag) $$;--> statement-breakpoint
CREATE FUNCTION task_tags_text(tags text[]) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT array_to_string(tags, ' ') $$;--> statement-breakpoint
-- Existing tags, as the API now keeps them (decision 015): split at whitespace (the code points JavaScript's
-- \s matches) so that no word is lost, each piece without its leading '#'s, empty pieces dropped, and kept
-- once ignoring case as first spelled. When that makes more than 10 tags, each tag's pieces are joined by '-'
-- instead ("a b" → "a-b"), which never makes more tags than there were.
CREATE FUNCTION pg_temp.normalized_tags(tags text[]) RETURNS text[] LANGUAGE sql IMMUTABLE STRICT AS $$
  WITH piece AS (
    SELECT tag.n, piece.m, regexp_replace(piece.text, '^#+', '') AS text
    FROM unnest(tags) WITH ORDINALITY AS tag(text, n),
      regexp_split_to_table(tag.text, '[\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+')
        WITH ORDINALITY AS piece(text, m)
  ),
  split AS (SELECT n, m, text FROM piece WHERE text <> ''),
  hyphened AS (SELECT n, 0::bigint AS m, string_agg(text, '-' ORDER BY m) AS text FROM split GROUP BY n),
  firsts AS (
    SELECT DISTINCT ON (kind, lower(text)) kind, n, m, text
    FROM (SELECT 'split' AS kind, * FROM split UNION ALL SELECT 'hyphened', * FROM hyphened) AS candidate
    ORDER BY kind, lower(text), n, m
  )
  SELECT coalesce(array_agg(text ORDER BY n, m), '{}') FROM firsts
  WHERE kind = CASE WHEN (SELECT count(*) FROM firsts WHERE kind = 'split') <= 10 THEN 'split' ELSE 'hyphened' END
$$;--> statement-breakpoint
UPDATE "task" SET "tags" = pg_temp.normalized_tags("tags")
  WHERE "tags" <> '{}' AND "tags" IS DISTINCT FROM pg_temp.normalized_tags("tags");--> statement-breakpoint
DROP FUNCTION pg_temp.normalized_tags(text[]);--> statement-breakpoint
DROP INDEX "task_user_tags_idx";--> statement-breakpoint
CREATE INDEX "task_user_tag_keys_idx" ON "task" USING gin ("user_id",task_tag_keys("tags"));--> statement-breakpoint
CREATE INDEX "task_user_tags_trgm_idx" ON "task" USING gin ("user_id",task_tags_text("tags") gin_trgm_ops);
