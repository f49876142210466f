import { z } from "zod";

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

const EmailSchema = z.email("Enter a valid email address").max(254);

export const SignInSchema = z.object({
  email: EmailSchema,
  password: z.string().min(1, "Enter your password"),
});
export type SignIn = z.infer<typeof SignInSchema>;

export const SignUpSchema = z.object({
  name: z.string().trim().min(1, "Enter your name").max(100, "Your name must be at most 100 characters"),
  email: EmailSchema,
  password: z
    .string()
    .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters`)
    .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters`),
});
export type SignUp = z.infer<typeof SignUpSchema>;
