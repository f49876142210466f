import { z } from "zod";
import { TimeZoneSchema } from "./recurrence";

/** The user's settings as the API returns them. */
export const SettingsSchema = z.object({
  timeZone: z
    .string()
    .describe("The IANA time zone that due dates, times, 'today' and 'overdue' are judged in; `UTC` until set"),
  updatedAt: z.iso.datetime(),
});
export type Settings = z.infer<typeof SettingsSchema>;

/** PATCH body: changes only the fields sent, at least one. */
export const UpdateSettingsSchema = z
  .strictObject({
    timeZone: TimeZoneSchema.optional(),
  })
  .refine((body) => Object.keys(body).length > 0, {
    message: "Send at least one field to change",
    when: (payload) => payload.issues.length === 0,
  });
export type UpdateSettings = z.infer<typeof UpdateSettingsSchema>;
