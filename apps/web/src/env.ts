import { z } from "zod";

const flag = z
  .enum(["true", "false", "1", "0", ""])
  .optional()
  .transform((value) => value === "true" || value === "1");

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
      .url({ protocol: /^https?$/, error: "must be an http(s):// URL" })
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
    /** Where mail goes (`smtp://user:pass@host:587`, `smtps://…:465`); unset: to the log and `.data/outbox/`. */
    SMTP_URL: z
      .url({ protocol: /^smtps?$/, error: "must be an smtp:// or smtps:// URL" })
      .optional()
      .or(z.literal("").transform(() => undefined)),
    MAIL_FROM: z.string().min(3).default("Todo <no-reply@localhost>"),
    /** Sign-in waits until the address is verified (the link mailed at sign-up). */
    REQUIRE_EMAIL_VERIFICATION: flag,
    /** Reset and verification mails per address, and per client address, per hour. */
    MAIL_RATE_LIMIT_MAX: z.coerce.number().int().min(1).default(5),
    DEBUG: flag,
  })
  .superRefine((env, ctx) => {
    // A shared database means a real deployment: its secret must be set, never generated.
    if (env.NODE_ENV === "production" && env.DATABASE_URL && !env.BETTER_AUTH_SECRET) {
      ctx.addIssue({ code: "custom", path: ["BETTER_AUTH_SECRET"], message: "is required in production" });
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
