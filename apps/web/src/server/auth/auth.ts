import "server-only";
import { isEmailAsPassword, PASSWORD_IS_EMAIL_MESSAGE, PASSWORD_MAX, PASSWORD_MIN } from "@todo/contracts";
import { createInbox, createSettings, deleteAccount } from "@todo/db";
import * as schema from "@todo/db/schema";
import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { jwt } from "better-auth/plugins";
import { env } from "@/env";
import { getDb } from "../db";
import { errorForLog } from "../error-for-log";
import { log } from "../log";
import { existingAccountMail, resetPasswordMail, verifyEmailMail } from "../mail/account-mails";
import { sendMailInBackground } from "../mail/send-mail";
import { checkedAccountFields } from "./account-fields";
import { limitAccountMails, limitAccountSignIns, MAIL_RULE } from "./account-sign-in-limit";
import { authLogger, logAuthFault } from "./auth-logger";
import { markAccountGone } from "./gone-accounts";
import { refuseGuessablePassword } from "./guessable-password";
import { authSecret } from "./secret";
import { shareBetterAuthContexts } from "./shared-auth-contexts";
import { refuseUnstorableText } from "./unstorable-text";

// What Better Auth's own body schemas do not check, before its endpoints read or write anything.
const checkRequest = createAuthMiddleware(async (ctx) => {
  refuseUnstorableText(ctx);
  const { email, password, newEmail } = (ctx.body ?? {}) as { email?: unknown; password?: unknown; newEmail?: unknown };
  const body = checkedAccountFields(ctx.path, ctx.body);
  if (ctx.path === "/sign-in/email") await limitAccountSignIns(email);
  if (ctx.path === "/request-password-reset" || ctx.path === "/send-verification-email") {
    await limitAccountMails(email, ctx.path);
  }
  if (ctx.path === "/change-email") await limitAccountMails(newEmail, ctx.path);
  const signUp = ctx.path === "/sign-up/email";
  // With verification, a sign-up mails the address (the link, or its owner a notice): counted as the other mails.
  if (signUp && env.REQUIRE_EMAIL_VERIFICATION) await limitAccountMails(email, ctx.path);
  if (signUp && typeof email === "string" && typeof password === "string" && isEmailAsPassword(email, password)) {
    throw new APIError("BAD_REQUEST", { message: PASSWORD_IS_EMAIL_MESSAGE, code: "PASSWORD_IS_EMAIL" });
  }
  // Better Auth deletes without a password when the session is under a day old: ours always asks for it.
  if (ctx.path === "/delete-user" && (typeof password !== "string" || password === "")) {
    throw new APIError("BAD_REQUEST", {
      message: "Enter your password to delete the account",
      code: "PASSWORD_REQUIRED",
    });
  }
  await refuseGuessablePassword(ctx);
  if (body) return { context: { body } };
});

function createAuth() {
  shareBetterAuthContexts();
  const authLimit = { window: env.AUTH_RATE_LIMIT_WINDOW, max: env.AUTH_RATE_LIMIT_MAX };
  const mailLimit = { window: MAIL_RULE().windowSeconds, max: MAIL_RULE().max };
  return betterAuth({
    baseURL: env.BETTER_AUTH_URL,
    trustedOrigins: env.LOOPBACK_ORIGINS,
    secret: authSecret(),
    // Each flow's writes in one transaction: a sign-up the database fails midway (its session ended between the
    // user's row and the password's) leaves no user behind whose address could neither sign in nor sign up again.
    database: drizzleAdapter(getDb(), { provider: "pg", schema, transaction: true }),
    emailAndPassword: {
      enabled: true,
      minPasswordLength: PASSWORD_MIN,
      maxPasswordLength: PASSWORD_MAX,
      requireEmailVerification: env.REQUIRE_EMAIL_VERIFICATION,
      resetPasswordTokenExpiresIn: 3600,
      // Whoever had the old password is signed out everywhere once it is reset.
      revokeSessionsOnPasswordReset: true,
      // Never awaited: an address with an account must not answer slower than one without.
      sendResetPassword: async ({ user, url }) => sendMailInBackground(resetPasswordMail(user, url)),
      // With verification required, a taken address answers as a new one (Better Auth's synthetic user): its
      // owner hears of the attempt instead, as a new address gets its link.
      onExistingUserSignUp: async ({ user }) => sendMailInBackground(existingAccountMail(user, env.BETTER_AUTH_URL)),
    },
    emailVerification: {
      sendOnSignUp: env.REQUIRE_EMAIL_VERIFICATION,
      autoSignInAfterVerification: true,
      sendVerificationEmail: async ({ user, url }) => sendMailInBackground(verifyEmailMail(user, url)),
    },
    user: {
      // A new address takes effect once its owner opens the link mailed to it.
      changeEmail: { enabled: true },
      deleteUser: {
        enabled: true,
        // Everything of the user in one transaction; Better Auth's own deletes after it find nothing left.
        beforeDelete: async (user) => {
          await deleteAccount(getDb(), user.id, user.email);
          markAccountGone(user.id);
        },
      },
    },
    advanced: {
      database: { generateId: "uuid" },
      // The origin check is Better Auth's CSRF defence: never let a test-looking environment turn it off.
      disableOriginCheck: false,
      // The client address its per-address limits count by: see TRUSTED_PROXIES in the README.
      ipAddress: { ipAddressHeaders: [env.CLIENT_IP_HEADER], trustedProxies: env.TRUSTED_PROXIES },
    },
    rateLimit: {
      enabled: true,
      // In the rate_limit table, so that every instance counts the same requests.
      storage: "database",
      // Exchanging a live session for a JWT guards nothing a password does: the UI does it on every load.
      customRules: {
        "/sign-in/email": authLimit,
        "/sign-up/email": authLimit,
        "/request-password-reset": mailLimit,
        "/send-verification-email": mailLimit,
        "/change-email": mailLimit,
        "/token": false,
      },
    },
    // Every account has its Inbox and its settings from the start. Run once the sign-up has committed; a failure here
    // fails nothing, since a user without them gets them on first use.
    databaseHooks: {
      user: {
        create: {
          after: async (user) => {
            try {
              await createInbox(getDb(), user.id);
              await createSettings(getDb(), user.id);
            } catch (error) {
              log("warn", "account_defaults_deferred", { userId: user.id, error: errorForLog(error) });
            }
          },
        },
      },
    },
    telemetry: { enabled: false },
    // Refusals are logged by the handler (auth-handler.ts), with the request id it answers with.
    hooks: { before: checkRequest },
    logger: authLogger,
    onAPIError: { onError: logAuthFault },
    plugins: [
      jwt({
        jwt: {
          issuer: env.BETTER_AUTH_URL,
          audience: env.BETTER_AUTH_URL,
          expirationTime: env.JWT_EXPIRATION,
          // `sub` carries the user id; of the rest of the user row only `email` travels in the token, with the
          // session's id (`sid`), by which the API refuses it once that session ends (revoked-credentials.ts).
          definePayload: ({ user, session }) => ({ email: user.email, sid: session.id }),
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
