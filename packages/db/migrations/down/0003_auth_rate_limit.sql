-- Rolls back 0003_auth_rate_limit.
DROP TABLE IF EXISTS "rate_limit";
