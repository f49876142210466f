import { z } from "zod";
import { fits, showsSomething, storable, UNSTORABLE_TEXT } from "./characters";
import { ListIdSchema } from "./params";

/** The longest line quick add reads: a title (200) with room for its dates, tags, list and repeat. */
export const QUICK_ADD_TEXT_MAX = 500;

/** POST …/tasks/quick body: one line of text, read as the add box reads it. */
export const QuickAddTaskSchema = z.strictObject({
  text: z
    .string()
    .refine(showsSomething, "Text must not be empty")
    .refine(storable, `Text ${UNSTORABLE_TEXT}`)
    .refine(fits(QUICK_ADD_TEXT_MAX), `Text must be at most ${QUICK_ADD_TEXT_MAX} characters`)
    .meta({ maxLength: QUICK_ADD_TEXT_MAX })
    .describe(
      'The task as one line: `#tag`, `^List`, `!high|!medium|!low`, English dates and times, repetitions ("every weekday 9:30"); text in double quotes is kept as it is',
    ),
  listId: ListIdSchema.optional().describe("The list when the text names none with `^List`; the Inbox when left out"),
});
export type QuickAddTask = z.infer<typeof QuickAddTaskSchema>;
