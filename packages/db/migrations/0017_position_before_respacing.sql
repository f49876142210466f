-- The key each task had before the last respacing of its scope gave it a new one (respaced, src/tasks/positions.ts):
-- a sort=manual cursor read before the respacing carries that old key, and continues from the task's new key when it
-- names a task whose key this is (decision 016). Null until a respacing; existing tasks have none.
ALTER TABLE "task" ADD COLUMN "position_before_respacing" text;
