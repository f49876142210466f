import { z } from "zod";

const flag = z
  .enum(["true", "false", "1", "0", ""])
  .optional()
  .transform((value) => value === "true" || value === "1");

/** A comma-separated list, blanks dropped, each item checked by `item`. */
const list = (item: z.ZodType<string, string>) =>
  z
    .string()
    .optional()
    .transform((value) =>
      (value ?? "")
        .split(",")
        .map((entry) => entry.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item));

const EnvSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    DATABASE_URL: z
      .url({ protocol: /^postgres(ql)?$/, error: "must be a postgres:// URL" })
      .optional()
      .or(z.literal("").transform(() => undefined)),
    BETTER_AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
    BETTER_AUTH_URL: z.url({ protocol: /^https?$/, error: "must be an http(s):// URL" }).optional(),
    JWT_EXPIRATION: z
      .string()
      .regex(/^\d+\s?(s|sec|m|min|h|hr|d|w)$/, 'must be a duration such as "15m", "1h" or "7d"')
      .default("15m"),
    AUTH_RATE_LIMIT_MAX: z.coerce.number().int().min(1).default(10),
    AUTH_RATE_LIMIT_WINDOW: z.coerce.number().int().min(1).default(60),
    API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(1000),
    /** Proxies in front of the app (addresses or CIDR ranges) whose X-Forwarded-For entries to skip. */
    TRUSTED_PROXIES: list(
      z.union([z.ipv4(), z.ipv6(), z.cidrv4(), z.cidrv6()], {
        error: (issue) => `"${String(issue.input)}" is not an IP address or CIDR range`,
      }),
    ),
    /** The header the app's proxy sets to the client's address, replacing any client value. */
    CLIENT_IP_HEADER: z
      .string()
      .regex(/^[A-Za-z0-9-]+$/, "must be a header name such as x-forwarded-for")
      .transform((name) => name.toLowerCase())
      .default("x-forwarded-for"),
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
