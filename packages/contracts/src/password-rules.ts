// The password rules, without Zod: what the sign-up form shows up front (the schemas are in account.ts).

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

export const PASSWORD_IS_EMAIL_MESSAGE = "Choose a password that is not your email address";

/** A password that is the account's own email is the first thing an attacker tries. */
export function isEmailAsPassword(email: string, password: string): boolean {
  return password.trim().toLowerCase() === email.trim().toLowerCase();
}
