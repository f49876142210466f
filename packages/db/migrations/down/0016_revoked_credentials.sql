DROP TRIGGER IF EXISTS access_token_revoked ON "access_token";--> statement-breakpoint
DROP TRIGGER IF EXISTS session_revoked ON "session";--> statement-breakpoint
DROP FUNCTION IF EXISTS credential_revoked();--> statement-breakpoint
DROP TABLE IF EXISTS "revoked_credential";
