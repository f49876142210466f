import { z } from "zod";
import { ListIdSchema, TaskIdSchema } from "./params";

type Anchors = { before?: number | undefined; after?: number | undefined };

// The body-wide rules, said only when each field is valid (an unknown field is not a missing place).
const fieldsValid = { when: (payload: { issues: unknown[] }) => payload.issues.length === 0 };
const notBoth = (body: Anchors) => body.before === undefined || body.after === undefined;
const NOT_BOTH = { ...fieldsValid, message: "Send before or after, not both" };

/** POST …/tasks/{id}/move body: `before` or `after` a task of the same list and level, or `listId` (first in that list), or both. */
export const MoveTaskSchema = z
  .strictObject({
    before: TaskIdSchema.optional().describe("Place it just before this task (of the same list and level)"),
    after: TaskIdSchema.optional().describe("Place it just after this task (of the same list and level)"),
    listId: ListIdSchema.optional().describe("Move it into this list: first in it, or by `before`/`after`"),
  })
  .refine(notBoth, NOT_BOTH)
  .refine((body) => body.listId !== undefined || body.before !== undefined || body.after !== undefined, {
    ...fieldsValid,
    message: "Send before, after or listId",
  });
export type MoveTask = z.infer<typeof MoveTaskSchema>;

/** POST …/lists/{id}/move body: exactly one of `before`/`after` another list. */
export const MoveListSchema = z
  .strictObject({
    before: ListIdSchema.optional().describe("Place it just before this list"),
    after: ListIdSchema.optional().describe("Place it just after this list (after the Inbox: first)"),
  })
  .refine(notBoth, NOT_BOTH)
  .refine((body) => body.before !== undefined || body.after !== undefined, {
    ...fieldsValid,
    message: "Send before or after",
  });
export type MoveList = z.infer<typeof MoveListSchema>;
