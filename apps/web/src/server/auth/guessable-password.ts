import "server-only";
import { PASSWORD_MAX, PASSWORD_MIN } from "@todo/contracts";
import { APIError, getSessionFromCtx } from "better-auth/api";
import { personalWords, weakPasswordMessage } from "@/lib/password-strength";
import { checkPasswordStrength } from "./password-check";

type AuthContext = Parameters<typeof getSessionFromCtx>[0];

/** Better Auth's endpoints that set a password, and the body field that carries it. */
const NEW_PASSWORD_FIELDS: Record<string, string> = {
  "/sign-up/email": "password",
  "/change-password": "newPassword",
  "/reset-password": "newPassword",
};

/**
 * Refuses, with 400 PASSWORD_TOO_WEAK, a new password that the sign-up form's estimator rates
 * guessable (the same estimator, dictionaries and threshold), so that the API cannot set one the
 * form would not. A password of the wrong length is left to Better Auth's own length errors.
 */
export async function refuseGuessablePassword(ctx: AuthContext): Promise<void> {
  const field = ctx.path ? NEW_PASSWORD_FIELDS[ctx.path] : undefined;
  const body = (ctx.body ?? {}) as Record<string, unknown>;
  const password = field ? body[field] : undefined;
  if (typeof password !== "string" || password.length < PASSWORD_MIN || password.length > PASSWORD_MAX) return;
  const strength = await checkPasswordStrength(password, personalWords(await accountOf(ctx, body)));
  if (!strength.acceptable) {
    throw new APIError("BAD_REQUEST", { message: weakPasswordMessage(strength), code: "PASSWORD_TOO_WEAK" });
  }
}

/** The email and name a new password must not be made of: from the sign-up body, else the session's user. */
async function accountOf(ctx: AuthContext, body: Record<string, unknown>) {
  if (ctx.path === "/sign-up/email") {
    return { email: asString(body.email), name: asString(body.name) };
  }
  const session = ctx.path === "/change-password" ? await getSessionFromCtx(ctx) : null;
  return { email: session?.user.email, name: session?.user.name };
}

function asString(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}
