import { z } from "zod";
import { isEmailAsPassword, PASSWORD_IS_EMAIL_MESSAGE, PASSWORD_MAX, PASSWORD_MIN } from "./password-rules";

export const EmailSchema = z.email("Enter a valid email address").max(254);

export const SignInSchema = z.object({
  email: EmailSchema,
  password: z.string().min(1, "Enter your password"),
});
export type SignIn = z.infer<typeof SignInSchema>;

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
