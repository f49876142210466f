-- Rolls back 0002_api_rate_limit.
DROP TABLE IF EXISTS "api_rate_limit";
