-- Rolls back 0017_position_before_respacing: cursors read before a respacing carry an old key again.
ALTER TABLE "task" DROP COLUMN IF EXISTS "position_before_respacing";
