CREATE TABLE "list" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "list_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"user_id" uuid NOT NULL,
	"name" text NOT NULL,
	"color" text,
	"is_inbox" boolean DEFAULT false NOT NULL,
	"position" text COLLATE "C" NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "list" ADD CONSTRAINT "list_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "list_user_name_idx" ON "list" USING btree ("user_id",lower("name"));--> statement-breakpoint
CREATE UNIQUE INDEX "list_user_inbox_idx" ON "list" USING btree ("user_id") WHERE "list"."is_inbox";--> statement-breakpoint
CREATE INDEX "list_user_position_idx" ON "list" USING btree ("user_id","position");--> statement-breakpoint
-- Every existing user gets the Inbox sign-up now makes ('a0' is fractional-indexing's first key).
INSERT INTO "list" ("user_id", "name", "is_inbox", "position") SELECT "id", 'Inbox', true, 'a0' FROM "user";--> statement-breakpoint
ALTER TABLE "task" ADD COLUMN "list_id" integer;--> statement-breakpoint
-- Every existing task goes into its owner's Inbox, and only then may the column refuse nulls.
UPDATE "task" SET "list_id" = "list"."id" FROM "list" WHERE "list"."user_id" = "task"."user_id" AND "list"."is_inbox";--> statement-breakpoint
ALTER TABLE "task" ALTER COLUMN "list_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "task" ADD CONSTRAINT "task_list_id_list_id_fk" FOREIGN KEY ("list_id") REFERENCES "public"."list"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "task_user_list_created_idx" ON "task" USING btree ("user_id","list_id","created_at","id");--> statement-breakpoint
CREATE INDEX "task_list_idx" ON "task" USING btree ("list_id");
