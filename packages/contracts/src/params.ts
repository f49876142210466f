import { z } from "zod";

/** The largest id a task can have: PostgreSQL's `integer`, which its serial id is. */
export const MAX_TASK_ID = 2_147_483_647;

export const UserPathParamsSchema = z.object({
  userId: z.string().describe("The signed-in user's id (the token's `sub`)"),
});

export const TaskPathParamsSchema = UserPathParamsSchema.extend({
  id: z.string().describe("The task's id"),
});
