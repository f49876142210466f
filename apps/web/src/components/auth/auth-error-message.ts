import { retryAfterSeconds } from "@todo/contracts";

interface AuthError {
  status: number;
  code?: string | undefined;
  message?: string | undefined;
}

/** "Wait 40 seconds", "Wait 3 minutes": how long a `Retry-After` (seconds or an HTTP-date) asks for, in words. */
function waitFor(retryAfter: string | null, now: number): string {
  const seconds = retryAfterSeconds(retryAfter, now);
  if (!seconds) return "Wait a moment";
  if (seconds <= 90) return `Wait ${seconds} ${seconds === 1 ? "second" : "seconds"}`;
  return `Wait ${Math.ceil(seconds / 60)} minutes`;
}

/**
 * Better Auth's error, in words for the field it concerns. `retryAfter` is the answer's
 * `Retry-After` header, read for the wait a limit asks for (a date in it counted from `now`).
 */
export function authErrorMessage(
  error: AuthError,
  retryAfter: string | null = null,
  now = Date.now(),
): Partial<Record<"email" | "password" | "form", string>> {
  if (error.status === 429) return { form: `Too many attempts. ${waitFor(retryAfter, now)}, then try again.` };
  if (error.status === 503) return { form: "The service is unavailable for a moment. Try again shortly." };
  switch (error.code) {
    case "INVALID_EMAIL_OR_PASSWORD":
      return { form: "That email and password do not match an account." };
    case "EMAIL_NOT_VERIFIED":
      return { form: "Confirm your email address first: open the link we mailed you, or send it again below." };
    case "USER_ALREADY_EXISTS":
    case "USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL":
      return { email: "An account with this email already exists." };
    case "PASSWORD_TOO_SHORT":
    case "PASSWORD_TOO_LONG":
    case "PASSWORD_IS_EMAIL":
    case "PASSWORD_TOO_WEAK":
      return { password: error.message ?? "Choose another password." };
    default:
      return { form: error.message ?? "Something went wrong. Please try again." };
  }
}

/** What a form says when its request got no answer (offline, or the part of the page it needs could not load). */
export const UNREACHABLE_MESSAGE = "The server could not be reached: check your connection and try again.";
