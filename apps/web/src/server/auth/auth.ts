import "server-only";
import { PASSWORD_MAX, PASSWORD_MIN } from "@todo/contracts";
import * as schema from "@todo/db/schema";
import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { nextCookies } from "better-auth/next-js";
import { jwt } from "better-auth/plugins";
import { env } from "@/env";
import { getDb } from "../db";
import { authSecret } from "./secret";

function createAuth() {
  const authLimit = { window: env.AUTH_RATE_LIMIT_WINDOW, max: env.AUTH_RATE_LIMIT_MAX };
  return betterAuth({
    baseURL: env.BETTER_AUTH_URL,
    secret: authSecret(),
    database: drizzleAdapter(getDb(), { provider: "pg", schema }),
    emailAndPassword: { enabled: true, minPasswordLength: PASSWORD_MIN, maxPasswordLength: PASSWORD_MAX },
    // The origin check is Better Auth's CSRF defence: never let a test-looking environment turn it off.
    advanced: { database: { generateId: "uuid" }, disableOriginCheck: false },
    rateLimit: {
      enabled: true,
      customRules: { "/sign-in/email": authLimit, "/sign-up/email": authLimit },
    },
    telemetry: { enabled: false },
    plugins: [
      jwt({
        jwt: {
          issuer: env.BETTER_AUTH_URL,
          audience: env.BETTER_AUTH_URL,
          expirationTime: env.JWT_EXPIRATION,
          // `sub` carries the user id; nothing else of the user row travels in the token.
          definePayload: ({ user }) => ({ email: user.email }),
        },
      }),
      nextCookies(),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;

const globalForAuth = globalThis as typeof globalThis & { todoAuth?: Auth };

/** Better Auth, built on first use so that `next build` opens no database. */
export function getAuth(): Auth {
  globalForAuth.todoAuth ??= createAuth();
  return globalForAuth.todoAuth;
}
