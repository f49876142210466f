CREATE TABLE "revoked_session" (
	"session_id" uuid PRIMARY KEY NOT NULL,
	"revoked_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "revoked_session_revoked_at_idx" ON "revoked_session" USING btree ("revoked_at");--> statement-breakpoint
-- Every way a session ends deletes its row (sign-out, revocation, a password reset, Better Auth's clean-up of
-- expired ones, the user's deletion cascading): each is recorded here, whoever deleted it.
CREATE FUNCTION session_revoked() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO revoked_session (session_id) VALUES (OLD.id) ON CONFLICT (session_id) DO NOTHING;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER session_revoked AFTER DELETE ON "session" FOR EACH ROW EXECUTE FUNCTION session_revoked();
