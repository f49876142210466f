import { z } from "zod";

const flag = z
  .enum(["true", "false", "1", "0", ""])
  .optional()
  .transform((value) => value === "true" || value === "1");

/** One origin as browsers send it in `Origin`: scheme://host[:port], nothing after but an optional "/". */
const OriginSchema = z
  .string()
  .regex(/^https?:\/\/[^/?#@*\s]+\/?$/i)
  .refine((value) => URL.canParse(value))
  .transform((value) => new URL(value).origin);

/** A comma-separated list of origins, each checked on its own; a wrong one is named in the error. */
const originList = z
  .string()
  .optional()
  .transform((value, ctx) => {
    const origins: string[] = [];
    for (const entry of (value ?? "").split(",").map((item) => item.trim())) {
      if (entry === "") continue;
      const origin = OriginSchema.safeParse(entry);
      if (origin.success) origins.push(origin.data);
      else
        ctx.addIssue({
          code: "custom",
          message: `has ${JSON.stringify(entry)}: list origins as scheme://host[:port], with no path and no "*"`,
        });
    }
    return origins;
  });

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
    CORS_ALLOWED_ORIGINS: originList,
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
