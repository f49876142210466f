import { z } from "zod";

export const UserPathParamsSchema = z.object({
  userId: z.string().describe("The signed-in user's id (the token's `sub`)"),
});

export const TaskPathParamsSchema = UserPathParamsSchema.extend({
  id: z.string().describe("The task's id"),
});
