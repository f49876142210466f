import { z } from "zod";
import { MAX_TASK_ID } from "./task-values";

/**
 * The largest id a list can have: PostgreSQL's `integer` too. Written out, not as `MAX_TASK_ID`:
 * the OpenAPI generator reads numbers from the source and does not follow one constant to another.
 */
export const MAX_LIST_ID = 2_147_483_647;

/** A list's id in a body: a positive integer PostgreSQL's `integer` can hold. */
export const ListIdSchema = z
  .number()
  .int("A list id is a whole number")
  .min(1, "A list id is at least 1")
  .max(MAX_LIST_ID, `A list id is at most ${MAX_LIST_ID}`);

/** A task's id in a body: a positive integer PostgreSQL's `integer` can hold. */
export const TaskIdSchema = z
  .number()
  .int("A task id is a whole number")
  .min(1, "A task id is at least 1")
  .max(MAX_TASK_ID, `A task id is at most ${MAX_TASK_ID}`);

export const UserPathParamsSchema = z.object({
  userId: z.string().describe("The signed-in user's id (the token's `sub`)"),
});

export const TaskPathParamsSchema = UserPathParamsSchema.extend({
  id: z.string().describe("The task's id"),
});

export const ListPathParamsSchema = UserPathParamsSchema.extend({
  id: z.string().describe("The list's id"),
});

export const CompletionPathParamsSchema = TaskPathParamsSchema.extend({
  completionId: z.string().describe("The completion's id"),
});
