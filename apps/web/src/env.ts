import { z } from "zod";

const flag = z
  .enum(["true", "false", "1", "0", ""])
  .optional()
  .transform((value) => value === "true" || value === "1");

/**
 * DEBUG is also the `debug` package's: a list of its namespaces (`express:*`, `-LH:*,LH:*:error`), which a
 * developer's shell may hold and which that package's `enable()` writes into the environment children inherit.
 * Such a list is not ours, and leaves our verbose logs off; any other value must be a flag.
 */
const debugFlag = z.preprocess((value) => (typeof value === "string" && /[*:]/.test(value) ? undefined : value), flag);

/** A comma-separated list, blanks dropped; a wrong entry is named in the error with what was expected. */
const list = (item: z.ZodType<string, string>, expected: string) =>
  z
    .string()
    .optional()
    .transform((value, ctx) => {
      const items: string[] = [];
      for (const entry of (value ?? "").split(",").map((part) => part.trim())) {
        if (entry === "") continue;
        const parsed = item.safeParse(entry);
        if (parsed.success) items.push(parsed.data);
        else ctx.addIssue({ code: "custom", message: `has ${JSON.stringify(entry)}: ${expected}` });
      }
      return items;
    });

/** One origin as browsers send it in `Origin`: scheme://host[:port], nothing after but an optional "/". */
const OriginSchema = z
  .string()
  .regex(/^https?:\/\/[^/?#@*\s]+\/?$/i)
  .refine((value) => URL.canParse(value))
  .transform((value) => new URL(value).origin);

/** A push service's host name, or `*.` and a domain for its subdomains; matched ignoring case, whatever the port. */
const PushHostSchema = z
  .string()
  .regex(/^(\*\.)?[A-Za-z0-9.-]+$/)
  .transform((host) => host.toLowerCase());

/** The push services of Chrome, Firefox, Safari and Edge (design.md § Dates, recurrence and reminders). */
export const DEFAULT_PUSH_ENDPOINT_HOSTS =
  "fcm.googleapis.com,updates.push.services.mozilla.com,web.push.apple.com,*.notify.windows.com";

const Base64UrlKeySchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]+$/, "must be base64url (as `npx web-push generate-vapid-keys` prints it)")
  .optional()
  .or(z.literal("").transform(() => undefined));

/** What an `Authorization: Bearer …` header can carry: one word, no whitespace (RFC 9110 § 11.4). */
const BEARER_WORD = /^\S+$/;

const EnvSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    DATABASE_URL: z
      .url({ protocol: /^postgres(ql)?$/, error: "must be a postgres:// URL" })
      .optional()
      .or(z.literal("").transform(() => undefined)),
    /** A direct (unpooled) connection for LISTEN, when DATABASE_URL is a pooler's (Neon's `-pooler` host). */
    DATABASE_URL_UNPOOLED: z
      .url({ protocol: /^postgres(ql)?$/, error: "must be a postgres:// URL" })
      .optional()
      .or(z.literal("").transform(() => undefined)),
    /**
     * `off`: never LISTEN, each instance polls the change log twice a second (DATABASE_URL through a pooler
     * the app cannot recognise, with no unpooled URL to give). Default `auto`.
     */
    DATABASE_LISTEN: z.enum(["auto", "off"], { error: "must be auto or off" }).default("auto"),
    BETTER_AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
    BETTER_AUTH_URL: z
      // Normalised (`HTTPS://Todo.Example.com:443` is `https://todo.example.com`): Better Auth, the JWT issuer and
      // the push contact compare it as text, and Better Auth marks its cookies Secure only for "https://".
      .url({ protocol: /^https?$/, normalize: true, error: "must be an http(s):// URL" })
      .optional()
      .or(z.literal("").transform(() => undefined)),
    JWT_EXPIRATION: z
      .string()
      .regex(/^\d+\s?(s|sec|m|min|h|hr|d|w)$/, 'must be a duration such as "15m", "1h" or "7d"')
      .default("15m"),
    AUTH_RATE_LIMIT_MAX: z.coerce.number().int().min(1).default(10),
    AUTH_RATE_LIMIT_WINDOW: z.coerce.number().int().min(1).default(60),
    API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(1000),
    /** Proxies in front of the app (addresses or CIDR ranges) whose X-Forwarded-For entries to skip. */
    TRUSTED_PROXIES: list(z.union([z.ipv4(), z.ipv6(), z.cidrv4(), z.cidrv6()]), "list IP addresses or CIDR ranges"),
    /** The header the app's proxy sets to the client's address, replacing any client value. */
    CLIENT_IP_HEADER: z
      .string()
      .regex(/^[A-Za-z0-9-]+$/, "must be a header name such as x-forwarded-for")
      .transform((name) => name.toLowerCase())
      .default("x-forwarded-for"),
    CORS_ALLOWED_ORIGINS: list(OriginSchema, 'list origins as scheme://host[:port], with no path and no "*"'),
    /** VAPID (RFC 8292): the key pair push messages are signed with, and who to contact (`mailto:` or `https:`). */
    VAPID_PUBLIC_KEY: Base64UrlKeySchema,
    VAPID_PRIVATE_KEY: Base64UrlKeySchema,
    VAPID_SUBJECT: z
      .string()
      .regex(/^(mailto:\S+@\S+|https:\/\/\S+)$/, "must be a mailto: address or an https:// URL")
      .optional()
      .or(z.literal("").transform(() => undefined)),
    /** The hosts a push subscription's endpoint may name: the server sends to no other. */
    PUSH_ENDPOINT_HOSTS: list(PushHostSchema, "list host names, or *.domain").transform((hosts) => {
      if (hosts.length > 0) return hosts;
      return DEFAULT_PUSH_ENDPOINT_HOSTS.split(",");
    }),
    /** Lets `/api/cron/reminders` run a dispatch pass for `Authorization: Bearer <it>`; unset, that route is 404. */
    CRON_SECRET: z
      .string()
      .min(16, "must be at least 16 characters")
      .regex(BEARER_WORD, "must be one word: a bearer token holds no spaces")
      .optional()
      .or(z.literal("").transform(() => undefined)),
    /** The bearer token Prometheus sends to GET /api/metrics; unset, the endpoint answers 404. */
    METRICS_TOKEN: z
      .string()
      .min(16, "must be at least 16 characters")
      .regex(BEARER_WORD, "must be one word: a bearer token holds no spaces")
      .optional()
      .or(z.literal("").transform(() => undefined)),
    /** Seconds between this instance's reminder dispatch passes (1–15); 0 runs none (a host calling the cron route instead). */
    REMINDER_DISPATCH_SECONDS: z.coerce.number().int().min(0).max(15).default(10),
    /** Where to send traces over OTLP/HTTP (e.g. http://collector:4318); unset, tracing is not loaded. */
    OTEL_EXPORTER_OTLP_ENDPOINT: z
      .url({ protocol: /^https?$/, error: "must be an http(s):// URL" })
      .optional()
      .or(z.literal("").transform(() => undefined)),
    /**
     * Where mail goes (`smtp://user:pass@host:587`, `smtps://…:465`); unset: to `.data/outbox/`, and to the log
     * too unless the process is a deployment (production with DATABASE_URL), whose logs must not hold reset links.
     */
    SMTP_URL: z
      .url({ protocol: /^smtps?$/, error: "must be an smtp:// or smtps:// URL" })
      .optional()
      .or(z.literal("").transform(() => undefined)),
    MAIL_FROM: z.string().min(3).default("Todo <no-reply@localhost>"),
    /** Sign-in waits until the address is verified (the link mailed at sign-up). */
    REQUIRE_EMAIL_VERIFICATION: flag,
    /** Reset and verification mails per address, and per client address, per hour. */
    MAIL_RATE_LIMIT_MAX: z.coerce.number().int().min(1).default(5),
    DEBUG: debugFlag,
  })
  .superRefine((env, ctx) => {
    // A shared database means a real deployment: its secret must be set, never generated.
    if (env.NODE_ENV === "production" && env.DATABASE_URL && !env.BETTER_AUTH_SECRET) {
      ctx.addIssue({ code: "custom", path: ["BETTER_AUTH_SECRET"], message: "is required in production" });
    }
    if (Boolean(env.VAPID_PUBLIC_KEY) !== Boolean(env.VAPID_PRIVATE_KEY)) {
      ctx.addIssue({
        code: "custom",
        path: ["VAPID_PRIVATE_KEY"],
        message: "and VAPID_PUBLIC_KEY must be set together",
      });
    }
    // Like the auth secret: generated on a local install, never for a shared deployment.
    if (env.NODE_ENV === "production" && env.DATABASE_URL) {
      for (const name of ["VAPID_PUBLIC_KEY", "VAPID_PRIVATE_KEY", "VAPID_SUBJECT"] as const) {
        if (!env[name]) ctx.addIssue({ code: "custom", path: [name], message: "is required in production" });
      }
    }
  })
  .transform((env) => ({
    ...env,
    BETTER_AUTH_URL: (env.BETTER_AUTH_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, ""),
    /**
     * Origins that sign-in trusts besides BETTER_AUTH_URL's: on a local install (no URL set), the
     * other loopback names of the same port, so that a browser opened on 127.0.0.1 signs up too.
     */
    LOOPBACK_ORIGINS: env.BETTER_AUTH_URL ? [] : [`http://127.0.0.1:${env.PORT}`, `http://[::1]:${env.PORT}`],
  }));

export type Env = z.infer<typeof EnvSchema>;

/** Parses the environment, or says in one line which variable is wrong. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = EnvSchema.safeParse(source);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`);
  throw new Error(`Invalid environment: ${problems.join("; ")}`);
}

function loadEnv(): Env {
  try {
    return parseEnv(process.env);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}

export const env = loadEnv();
