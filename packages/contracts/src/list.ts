import { z } from "zod";
import { fits, showsSomething, storable, UNSTORABLE_TEXT } from "./characters";

export const LIST_NAME_MAX = 100;
export const LISTS_MAX = 200;

export const ListNameSchema = z
  .string()
  .trim()
  .min(1, { message: "Name must not be empty", abort: true })
  .refine(showsSomething, "Name must not be empty")
  .refine(storable, `Name ${UNSTORABLE_TEXT}`)
  .refine(fits(LIST_NAME_MAX), `Name must be at most ${LIST_NAME_MAX} characters`)
  .meta({ maxLength: LIST_NAME_MAX });

export const ListColorSchema = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, "Color must be #rrggbb")
  .describe("`#rrggbb`, or null for none");

/** A list as the API returns it. */
export const ListSchema = z.object({
  id: z.number().int().positive(),
  userId: z.string(),
  name: z.string(),
  color: z.string().nullable(),
  isInbox: z.boolean(),
  position: z.string().describe("Opaque: lists sort by it, the Inbox first"),
  openTasks: z.number().int().nonnegative().describe("How many of its tasks are not completed"),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type List = z.infer<typeof ListSchema>;

export const ListListSchema = z.array(ListSchema);
