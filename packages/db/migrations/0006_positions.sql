ALTER TABLE "task" ADD COLUMN "parent_id" integer;--> statement-breakpoint
ALTER TABLE "task" ADD COLUMN "position" text COLLATE "C";--> statement-breakpoint
-- Every existing task gets a fractional-indexing key in its list, newest first as the default order shows it:
-- 'd' and four base-62 digits (a valid key for ranks below 62^4), in the digits' own byte order.
UPDATE "task" SET "position" = ranked."key" FROM (
  SELECT "id", 'd' || string_agg(substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', (r / (62 ^ p)::bigint % 62)::int + 1, 1), '' ORDER BY p DESC) AS "key"
  FROM (SELECT "id", row_number() OVER (PARTITION BY "list_id" ORDER BY "created_at" DESC, "id" DESC) - 1 AS r FROM "task") t
    CROSS JOIN generate_series(0, 3) p
  GROUP BY "id"
) ranked WHERE ranked."id" = "task"."id";--> statement-breakpoint
ALTER TABLE "task" ALTER COLUMN "position" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "task" ADD CONSTRAINT "task_parent_id_task_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."task"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "task_user_list_position_idx" ON "task" USING btree ("user_id","list_id","position","id") WHERE "task"."parent_id" is null;--> statement-breakpoint
CREATE INDEX "task_parent_position_idx" ON "task" USING btree ("parent_id","position","id") WHERE "task"."parent_id" is not null;
