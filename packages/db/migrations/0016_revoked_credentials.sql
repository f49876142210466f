CREATE TABLE "revoked_credential" (
	"credential_id" uuid PRIMARY KEY NOT NULL,
	"revoked_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "revoked_credential_revoked_at_idx" ON "revoked_credential" USING btree ("revoked_at");--> statement-breakpoint
-- Every way a session or an access token ends deletes its row (sign-out, revocation, a password reset, Better
-- Auth's clean-up of expired sessions, the user's deletion cascading): each is recorded here, whoever deleted it.
CREATE FUNCTION credential_revoked() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO revoked_credential (credential_id) VALUES (OLD.id) ON CONFLICT (credential_id) DO NOTHING;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER session_revoked AFTER DELETE ON "session" FOR EACH ROW EXECUTE FUNCTION credential_revoked();--> statement-breakpoint
CREATE TRIGGER access_token_revoked AFTER DELETE ON "access_token" FOR EACH ROW EXECUTE FUNCTION credential_revoked();
