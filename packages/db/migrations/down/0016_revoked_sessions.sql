DROP TRIGGER IF EXISTS session_revoked ON "session";--> statement-breakpoint
DROP FUNCTION IF EXISTS session_revoked();--> statement-breakpoint
DROP TABLE IF EXISTS "revoked_session";
