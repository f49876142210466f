import { z } from "zod";

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

export const EmailSchema = z.email("Enter a valid email address").max(254);

export const SignInSchema = z.object({
  email: EmailSchema,
  password: z.string().min(1, "Enter your password"),
});
export type SignIn = z.infer<typeof SignInSchema>;

export const PASSWORD_IS_EMAIL_MESSAGE = "Choose a password that is not your email address";

/** A password that is the account's own email is the first thing an attacker tries. */
export function isEmailAsPassword(email: string, password: string): boolean {
  return password.trim().toLowerCase() === email.trim().toLowerCase();
}

export const NameSchema = z
  .string()
  .trim()
  .min(1, "Enter your name")
  .max(100, "Your name must be at most 100 characters");

export const NewPasswordSchema = z
  .string()
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters`)
  .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters`);

export const SignUpSchema = z
  .object({
    name: NameSchema,
    email: EmailSchema,
    password: NewPasswordSchema,
  })
  .refine((account) => !isEmailAsPassword(account.email, account.password), {
    path: ["password"],
    message: PASSWORD_IS_EMAIL_MESSAGE,
  });
export type SignUp = z.infer<typeof SignUpSchema>;
