import { z } from "zod";
import { fits, showsSomething, storable, UNSTORABLE_TEXT } from "./characters";
import { isEmailAsPassword, PASSWORD_IS_EMAIL_MESSAGE, PASSWORD_MAX, PASSWORD_MIN } from "./password-rules";

export const EmailSchema = z.email("Enter a valid email address").max(254);

export const SignInSchema = z.object({
  email: EmailSchema,
  password: z.string().min(1, "Enter your password"),
});
export type SignIn = z.infer<typeof SignInSchema>;

export const NAME_MAX = 100;

/** A person's name on their account, as the sign-up and settings forms take it and the server holds it. */
export const NameSchema = z
  .string()
  .trim()
  .min(1, { message: "Enter your name", abort: true })
  .refine(showsSomething, "Enter your name")
  .refine(storable, `Your name ${UNSTORABLE_TEXT}`)
  .refine(fits(NAME_MAX), `Your name must be at most ${NAME_MAX} characters`)
  .meta({ maxLength: NAME_MAX });

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
