CREATE TYPE "public"."change_type" AS ENUM('task.created', 'task.updated', 'task.deleted', 'list.created', 'list.updated', 'list.deleted', 'settings.updated');--> statement-breakpoint
CREATE TABLE "change" (
	"user_id" uuid NOT NULL,
	"seq" bigint NOT NULL,
	"type" "change_type" NOT NULL,
	"entity_id" integer,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "change_user_id_seq_pk" PRIMARY KEY("user_id","seq")
);
--> statement-breakpoint
CREATE TABLE "change_feed" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"pruned_through" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "change_stream" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"expires_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "change" ADD CONSTRAINT "change_user_id_change_feed_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."change_feed"("user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "change_feed" ADD CONSTRAINT "change_feed_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "change_stream" ADD CONSTRAINT "change_stream_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "change_created_idx" ON "change" USING brin ("created_at");--> statement-breakpoint
CREATE INDEX "change_stream_user_idx" ON "change_stream" USING btree ("user_id","expires_at");--> statement-breakpoint
-- Every existing user's log starts here: a log that never held their earlier writes, as if pruned (since=0 is 410).
INSERT INTO "change_feed" ("user_id", "pruned_through") SELECT "id", 1 FROM "user";--> statement-breakpoint
-- Appends one change at the user's next seq. The user's first change in a transaction locks their feed row
-- until the transaction ends, so the user's changes commit in seq order (a reader never sees seq n+1 before
-- n), then reads where the log stands; the transaction's next changes count on from there (a setting local
-- to the transaction, rolled back with it). The triggers below run at COMMIT, so this is the last lock a
-- writer takes: it waits only for writers that are committing. A user being deleted with their rows has no
-- feed left and gets no change. Once per transaction, the user's live streams (change_stream), if any, hear
-- of it: their registration takes the same lock, so a stream registered while this transaction commits is
-- either seen here or replays this change itself.
CREATE FUNCTION change_log_append(p_user uuid, p_type change_type, p_id integer) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  counted text := current_setting('todo.change_seq', true);
  pruned bigint;
  next_seq bigint;
BEGIN
  IF counted LIKE p_user || ':%' THEN
    next_seq := split_part(counted, ':', 2)::bigint + 1;
  ELSE
    SELECT pruned_through INTO pruned FROM change_feed WHERE user_id = p_user FOR UPDATE;
    IF NOT FOUND THEN
      INSERT INTO change_feed (user_id) SELECT p_user WHERE EXISTS (SELECT FROM "user" WHERE id = p_user)
        ON CONFLICT (user_id) DO NOTHING;
      SELECT pruned_through INTO pruned FROM change_feed WHERE user_id = p_user FOR UPDATE;
      IF NOT FOUND THEN
        RETURN;
      END IF;
    END IF;
    next_seq := greatest((SELECT max(seq) FROM change WHERE user_id = p_user), pruned) + 1;
    IF EXISTS (SELECT FROM change_stream WHERE user_id = p_user AND expires_at > now()) THEN
      PERFORM pg_notify('todo_changes', p_user::text);
    END IF;
  END IF;
  PERFORM set_config('todo.change_seq', p_user || ':' || next_seq, true);
  INSERT INTO change (user_id, seq, type, entity_id) VALUES (p_user, next_seq, p_type, p_id);
END $$;--> statement-breakpoint
-- A resource's own change, or (p_derived) one a write makes to what the API answers about another: a list
-- whose open tasks changed, a parent whose subtasks did. A change's data is read with it, so a derived change
-- is recorded once per resource and transaction, and not at all when the resource is gone by the commit.
CREATE FUNCTION change_log_record(p_user uuid, p_type change_type, p_id integer, p_derived boolean) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  resource_key text := split_part(p_type::text, '.', 1) || ':' || p_id || ',';
  derived text := coalesce(nullif(current_setting('todo.changes_derived', true), ''), ',');
BEGIN
  IF p_derived THEN
    IF strpos(derived, ',' || resource_key) > 0 THEN
      RETURN;
    END IF;
    PERFORM set_config('todo.changes_derived', derived || resource_key, true);
    IF NOT (CASE split_part(p_type::text, '.', 1)
        WHEN 'list' THEN EXISTS (SELECT FROM list WHERE id = p_id)
        ELSE EXISTS (SELECT FROM task WHERE id = p_id) END) THEN
      RETURN;
    END IF;
  END IF;
  PERFORM change_log_append(p_user, p_type, p_id);
END $$;--> statement-breakpoint
-- A task's own change, and the changes it makes to what the API answers about others: its list's openTasks
-- (the list's tasks not completed) and its parent's subtasks counts.
CREATE FUNCTION task_change_log() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM change_log_record(NEW.user_id, 'task.created', NEW.id, false);
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM change_log_record(OLD.user_id, 'task.deleted', OLD.id, false);
  ELSE
    PERFORM change_log_record(NEW.user_id, 'task.updated', NEW.id, false);
  END IF;
  IF TG_OP <> 'INSERT' AND NOT OLD.completed
      AND (TG_OP = 'DELETE' OR NEW.completed OR NEW.list_id <> OLD.list_id) THEN
    PERFORM change_log_record(OLD.user_id, 'list.updated', OLD.list_id, true);
  END IF;
  IF TG_OP <> 'DELETE' AND NOT NEW.completed
      AND (TG_OP = 'INSERT' OR OLD.completed OR NEW.list_id <> OLD.list_id) THEN
    PERFORM change_log_record(NEW.user_id, 'list.updated', NEW.list_id, true);
  END IF;
  IF TG_OP <> 'INSERT' AND OLD.parent_id IS NOT NULL
      AND (TG_OP = 'DELETE' OR NEW.parent_id IS DISTINCT FROM OLD.parent_id OR NEW.completed <> OLD.completed) THEN
    PERFORM change_log_record(OLD.user_id, 'task.updated', OLD.parent_id, true);
  END IF;
  IF TG_OP <> 'DELETE' AND NEW.parent_id IS NOT NULL
      AND (TG_OP = 'INSERT' OR NEW.parent_id IS DISTINCT FROM OLD.parent_id OR NEW.completed <> OLD.completed) THEN
    PERFORM change_log_record(NEW.user_id, 'task.updated', NEW.parent_id, true);
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE FUNCTION list_change_log() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM change_log_record(NEW.user_id, 'list.created', NEW.id, false);
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM change_log_record(OLD.user_id, 'list.deleted', OLD.id, false);
  ELSE
    PERFORM change_log_record(NEW.user_id, 'list.updated', NEW.id, false);
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
-- The settings' changes (their first row, made with the account, holds only the defaults: not a change).
CREATE FUNCTION settings_change_log() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM change_log_record(NEW.user_id, 'settings.updated', NULL, false);
  RETURN NULL;
END $$;--> statement-breakpoint
-- Deferred: they run at COMMIT, for every row written (a list's tasks deleted with it included), in the
-- writing transaction: nothing commits without its change, and no change without its write.
CREATE CONSTRAINT TRIGGER "task_change_log" AFTER INSERT OR UPDATE OR DELETE ON "task"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION task_change_log();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "list_change_log" AFTER INSERT OR UPDATE OR DELETE ON "list"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION list_change_log();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "settings_change_log" AFTER UPDATE ON "user_settings"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION settings_change_log();
