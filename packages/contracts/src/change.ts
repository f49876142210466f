import { z } from "zod";
import { ListSchema } from "./list";
import { wholeNumberParam } from "./query-number";
import { SettingsSchema } from "./settings";
import { TaskSchema } from "./task";

/** What a change did, as the log and the stream name it (`event:` in the stream). */
export const CHANGE_TYPES = [
  "task.created",
  "task.updated",
  "task.deleted",
  "list.created",
  "list.updated",
  "list.deleted",
  "settings.updated",
] as const;
export type ChangeType = (typeof CHANGE_TYPES)[number];

/** Most changes one `GET …/changes` answers. */
export const CHANGES_LIMIT_MAX = 500;

const SeqSchema = z.number().int().positive().describe("The change's place in the user's log: increasing");
const ResourceIdSchema = z.number().int().positive();

const TaskChangeSchema = z.object({
  seq: SeqSchema,
  type: z.enum(["task.created", "task.updated"]),
  id: ResourceIdSchema.describe("The task's id"),
  data: TaskSchema.describe("The task as `GET …/tasks/{id}` answers it now"),
});

const TaskDeletedSchema = z.object({
  seq: SeqSchema,
  type: z.literal("task.deleted"),
  id: ResourceIdSchema.describe("The deleted task's id"),
  data: z.null(),
});

const ListChangeSchema = z.object({
  seq: SeqSchema,
  type: z.enum(["list.created", "list.updated"]),
  id: ResourceIdSchema.describe("The list's id"),
  data: ListSchema.describe("The list as `GET …/lists/{id}` answers it now"),
});

const ListDeletedSchema = z.object({
  seq: SeqSchema,
  type: z.literal("list.deleted"),
  id: ResourceIdSchema.describe("The deleted list's id"),
  data: z.null(),
});

const SettingsChangeSchema = z.object({
  seq: SeqSchema,
  type: z.literal("settings.updated"),
  id: z.null().describe("Settings have no id: there is one set per user"),
  data: SettingsSchema.describe("The settings as `GET …/settings` answers them now"),
});

/**
 * One change to the user's tasks, lists or settings. `data` is the resource as the API answers it when the change
 * is read (so it may already hold later changes), null for a deletion.
 */
export const ChangeSchema = z.discriminatedUnion("type", [
  TaskChangeSchema,
  TaskDeletedSchema,
  ListChangeSchema,
  ListDeletedSchema,
  SettingsChangeSchema,
]);
export type Change = z.infer<typeof ChangeSchema>;

/** `GET …/changes`: the changes after `since`, oldest first. */
export const ChangePageSchema = z.object({
  changes: z.array(ChangeSchema),
  next: z.number().int().nonnegative().describe("Pass as `since` for what comes after this page"),
  hasMore: z.boolean().describe("Whether more changes follow now: ask again at once with `since=next`"),
});
export type ChangePage = z.infer<typeof ChangePageSchema>;

/** A seq as a query parameter, or `now`: where the user's log stands at this moment. */
const SinceSchema = z
  .string()
  .regex(/^(now|0|[1-9]\d{0,15})$/, "since must be a seq (a whole number, 0 or more) or now")
  .transform((value) => (value === "now" ? ("now" as const) : Number(value)))
  .refine((value) => value === "now" || value <= Number.MAX_SAFE_INTEGER, "since is too large");

/** `GET …/changes` query. Unknown parameters are refused. */
export const ChangesQuerySchema = z.strictObject({
  since: SinceSchema.optional().describe(
    "The seq of the last change already applied (`next` of the previous page); 0, the default, for the whole log; `now` for none, only the current `next`",
  ),
  limit: wholeNumberParam("limit", CHANGES_LIMIT_MAX).optional().describe("Changes per page, 1–500; default 500"),
});
export type ChangesQuery = z.infer<typeof ChangesQuerySchema>;

/** `GET …/events` query: where to start when the request has no `Last-Event-ID`. */
export const EventsQuerySchema = z.strictObject({
  since: SinceSchema.optional().describe(
    "Replay the changes after this seq first; `now` (the default) for only what comes next. `Last-Event-ID` wins over it",
  ),
});
export type EventsQuery = z.infer<typeof EventsQuerySchema>;

/** `GET …/events`: the body, Server-Sent Events, as text. */
export const EventStreamSchema = z
  .string()
  .describe(
    "Server-Sent Events, each ended by a blank line: `id: <seq>`, `event: <type>`, `data: <the change as JSON>` per change; `id: <seq>` alone to move the position; `retry: <ms>`; `: keep-alive` comments",
  )
  .meta({
    examples: [
      'retry: 3000\n\nid: 42\nevent: task.updated\ndata: {"seq":42,"type":"task.updated","id":7,"data":{…}}\n\n: keep-alive\n\n',
    ],
  });
