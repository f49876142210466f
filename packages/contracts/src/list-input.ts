import { z } from "zod";
import { ListColorSchema, ListNameSchema } from "./list";

/** POST body: a name, and a color if any. */
export const CreateListSchema = z.strictObject({
  name: ListNameSchema,
  color: ListColorSchema.nullable().optional(),
});
export type CreateList = z.infer<typeof CreateListSchema>;

/** PATCH body: changes only the fields sent, at least one. */
export const UpdateListSchema = CreateListSchema.partial().refine((body) => Object.keys(body).length > 0, {
  message: "Send at least one field to change",
  when: (payload) => payload.issues.length === 0,
});
export type UpdateList = z.infer<typeof UpdateListSchema>;
