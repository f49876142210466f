-- Texts compared "ignoring case" now also ignore how an accent was typed: "é" as one code point or as "e" and a
-- combining acute (what macOS file names and some exports hold) look the same, so they are one list name, one tag,
-- and found by the same tag= and q. The key is lower(normalize(text, NFC)) (textKey in schema/text-key.ts; caseKey
-- its mirror in @todo/contracts). Stored texts are not changed, only their keys.
--
-- Lists of one user whose names now share a key (a name typed both ways) keep the first (the Inbox, then the oldest)
-- and the others take " (id)" after their name, within the 100 characters a name may have; the list's change is
-- logged like any rename.
UPDATE "list" SET "name" = left("list"."name", 100 - length(' (' || "list"."id" || ')')) || ' (' || "list"."id" || ')'
FROM (
  SELECT "id", row_number() OVER (PARTITION BY "user_id", lower(normalize("name", NFC)) ORDER BY "is_inbox" DESC, "id") AS "nth"
  FROM "list"
) AS "keyed"
WHERE "keyed"."id" = "list"."id" AND "keyed"."nth" > 1;--> statement-breakpoint
-- Their changes logged now, not at the commit: a table with trigger events pending cannot have its index replaced.
SET CONSTRAINTS "list_change_log" IMMEDIATE;--> statement-breakpoint
SET CONSTRAINTS "list_change_log" DEFERRED;--> statement-breakpoint
DROP INDEX "list_user_name_idx";--> statement-breakpoint
CREATE UNIQUE INDEX "list_user_name_idx" ON "list" USING btree ("user_id",lower(normalize("name", NFC)));--> statement-breakpoint
CREATE OR REPLACE FUNCTION task_tag_keys(tags text[]) RETURNS text[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT ARRAY(SELECT lower(normalize(tag, NFC)) FROM unnest(tags) AS tag) $$;--> statement-breakpoint
-- The stored keys are made again (their indexes go with them): one ALTER TABLE, one rewrite of the table, in the
-- columns' order of 0013.
DROP INDEX "task_user_title_trgm_idx";--> statement-breakpoint
DROP INDEX "task_user_description_trgm_idx";--> statement-breakpoint
DROP INDEX "task_user_tags_trgm_idx";--> statement-breakpoint
DROP INDEX "task_user_tag_keys_idx";--> statement-breakpoint
ALTER TABLE "task"
  DROP COLUMN "tag_keys",
  DROP COLUMN "search_title",
  DROP COLUMN "search_description",
  DROP COLUMN "search_tags",
  ADD COLUMN "tag_keys" text[] GENERATED ALWAYS AS (task_tag_keys("task"."tags")) STORED,
  ADD COLUMN "search_title" text GENERATED ALWAYS AS (lower(normalize("task"."title", NFC))) STORED,
  ADD COLUMN "search_description" text GENERATED ALWAYS AS (lower(normalize("task"."description", NFC))) STORED,
  ADD COLUMN "search_tags" text GENERATED ALWAYS AS (lower(normalize(task_tags_text("task"."tags"), NFC))) STORED;--> statement-breakpoint
CREATE INDEX "task_user_title_trgm_idx" ON "task" USING gin ("user_id","search_title" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "task_user_description_trgm_idx" ON "task" USING gin ("user_id","search_description" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "task_user_tags_trgm_idx" ON "task" USING gin ("user_id","search_tags" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "task_user_tag_keys_idx" ON "task" USING gin ("user_id","tag_keys");
