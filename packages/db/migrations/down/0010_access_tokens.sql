-- Rolls back 0009_access_tokens: every personal access token goes (programs holding one must get a new one).
DROP TABLE IF EXISTS "access_token";--> statement-breakpoint
DROP TYPE IF EXISTS "public"."access_token_scope";
