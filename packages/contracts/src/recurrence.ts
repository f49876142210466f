import { canonicalTimeZone, parseRule, RULE_MAX_LENGTH } from "@todo/dates";
import { z } from "zod";

/** A wall-clock time, `HH:MM` on the 24-hour clock, in the user's time zone. */
export const DueTimeSchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "A time is HH:MM, 00:00 to 23:59")
  .describe("`HH:MM` (24-hour), a wall-clock time in the user's time zone; only with a `dueDate`");

/** An RRULE of the product's subset: each part the parser refuses is one issue, its message naming the part. */
export const RecurrenceRuleSchema = z
  .string()
  .max(RULE_MAX_LENGTH, `A rule is at most ${RULE_MAX_LENGTH} characters`)
  .superRefine((text, context) => {
    if (text.length > RULE_MAX_LENGTH) return;
    const parsed = parseRule(text);
    if (!parsed.ok) for (const { message } of parsed.problems) context.addIssue({ code: "custom", message });
  })
  .describe(
    "RFC 5545's RRULE without DTSTART (the due date is the start): FREQ (DAILY, WEEKLY, MONTHLY, YEARLY), INTERVAL, BYDAY (ordinals such as 1MO or -1FR with MONTHLY and YEARLY), BYMONTHDAY, BYMONTH, and COUNT or UNTIL (a date, YYYYMMDD). Answered with its parts in one order: FREQ, INTERVAL, BYMONTH, BYMONTHDAY, BYDAY, COUNT, UNTIL",
  );

// Spelled out (as @todo/dates' RECURRENCE_FROM, which a test holds it to): the OpenAPI generator reads literals only.
export const RecurrenceFromSchema = z
  .enum(["due", "completion"])
  .describe(
    "`due`: the next occurrence after the current due date, today or later; `completion`: the rule applied from the day of completion",
  );

/** How a task repeats; only with a `dueDate`. */
export const RecurrenceSchema = z.strictObject({
  rule: RecurrenceRuleSchema,
  from: RecurrenceFromSchema,
});
export type Recurrence = z.infer<typeof RecurrenceSchema>;

/** An IANA time zone name this server's time zone database knows; answered as that database spells it. */
export const TimeZoneSchema = z
  .string()
  .refine(
    (name) => canonicalTimeZone(name) !== null,
    "Not a time zone name this server knows: use an IANA name such as Europe/Berlin",
  )
  .describe("An IANA time zone name, such as `Europe/Berlin`; `UTC` until set");
