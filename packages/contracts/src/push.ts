import { z } from "zod";

/** The server's VAPID public key (RFC 8292), base64url: `applicationServerKey` for `pushManager.subscribe`. */
export const PushPublicKeySchema = z.object({
  publicKey: z.string().describe("The VAPID public key, an uncompressed P-256 point in base64url"),
});
export type PushPublicKey = z.infer<typeof PushPublicKeySchema>;

const Base64UrlSchema = z.string().regex(/^[A-Za-z0-9_-]+={0,2}$/, "must be base64url");

/** A browser's `PushSubscription.toJSON()`: where its push service takes messages for it, and its keys (RFC 8291). */
export const PushSubscriptionInputSchema = z.object({
  endpoint: z
    // Normalised (scheme and host in lower case, a default port dropped, as the URL standard writes it): one
    // endpoint is one string however a client spells it, so that a device's subscription is found and moved.
    .url({ protocol: /^https$/, normalize: true, error: "endpoint must be an https:// URL" })
    .max(2048, "endpoint must be at most 2048 characters"),
  expirationTime: z.number().nullable().optional(),
  keys: z.object({
    p256dh: Base64UrlSchema.max(200).describe("The browser's P-256 public key, base64url"),
    auth: Base64UrlSchema.max(100).describe("The browser's auth secret, base64url"),
  }),
});
export type PushSubscriptionInput = z.infer<typeof PushSubscriptionInputSchema>;

/** A subscription as the API answers it: its endpoint (no keys) and when it was added. */
export const PushSubscriptionSchema = z.object({
  endpoint: z.string(),
  createdAt: z.iso.datetime(),
});
export type PushSubscriptionInfo = z.infer<typeof PushSubscriptionSchema>;

export const PushSubscriptionListSchema = z.array(PushSubscriptionSchema);

/** DELETE body, and the test message's: the subscription named by its endpoint. */
export const PushEndpointSchema = z.strictObject({
  endpoint: z
    .string()
    .min(1, "endpoint is required")
    .max(2048)
    // Normalised as a subscription's is when added; what is not a URL names none.
    .transform((endpoint) => (URL.canParse(endpoint) ? new URL(endpoint).href : endpoint)),
});
export type PushEndpoint = z.infer<typeof PushEndpointSchema>;

/** What a reminder's push message carries, and nothing else. */
export const ReminderPushSchema = z.object({
  type: z.literal("reminder"),
  taskId: z.number().int().positive(),
  title: z.string(),
  dueDate: z.string(),
  dueTime: z.string().nullable(),
  url: z.string(),
});
export type ReminderPush = z.infer<typeof ReminderPushSchema>;

/** The message "send a test" sends. */
export const TestPushSchema = z.object({ type: z.literal("test"), title: z.string(), url: z.string() });
export type TestPush = z.infer<typeof TestPushSchema>;

/** What one dispatch pass did (`/api/cron/reminders`). */
export const ReminderPassSchema = z.object({
  claimed: z.number().int().nonnegative().describe("Due reminders this pass took"),
  sent: z.number().int().nonnegative().describe("Those done: delivered to every subscription still there"),
  retried: z.number().int().nonnegative().describe("Those left for a retry (a push service failed for now)"),
  failed: z.number().int().nonnegative().describe("Those given up on"),
});
export type ReminderPass = z.infer<typeof ReminderPassSchema>;
