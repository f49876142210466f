import { z } from "zod";
import { ListIdSchema, TaskIdSchema } from "./params";

/** Never both `before` and `after`; one of them when `required`. */
function oneAnchor(
  body: { before?: number | undefined; after?: number | undefined },
  ctx: z.RefinementCtx,
  required: boolean,
): void {
  if (body.before !== undefined && body.after !== undefined) {
    ctx.addIssue({ code: "custom", path: [], message: "Send before or after, not both" });
  } else if (required && body.before === undefined && body.after === undefined) {
    ctx.addIssue({ code: "custom", path: [], message: "Send before or after" });
  }
}

/** POST …/tasks/{id}/move body: `before` or `after` a task of the same list and level, or `listId` (first in that list), or both. */
export const MoveTaskSchema = z
  .strictObject({
    before: TaskIdSchema.optional().describe("Place it just before this task (of the same list and level)"),
    after: TaskIdSchema.optional().describe("Place it just after this task (of the same list and level)"),
    listId: ListIdSchema.optional().describe("Move it into this list: first in it, or by `before`/`after`"),
  })
  .superRefine((body, ctx) => {
    if (body.listId === undefined && body.before === undefined && body.after === undefined) {
      ctx.addIssue({ code: "custom", path: [], message: "Send before, after or listId" });
    } else oneAnchor(body, ctx, false);
  });
export type MoveTask = z.infer<typeof MoveTaskSchema>;

/** POST …/lists/{id}/move body: exactly one of `before`/`after` another list. */
export const MoveListSchema = z
  .strictObject({
    before: ListIdSchema.optional().describe("Place it just before this list"),
    after: ListIdSchema.optional().describe("Place it just after this list (after the Inbox: first)"),
  })
  .superRefine((body, ctx) => oneAnchor(body, ctx, true));
export type MoveList = z.infer<typeof MoveListSchema>;
