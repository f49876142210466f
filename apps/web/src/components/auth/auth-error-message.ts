interface AuthError {
  status: number;
  code?: string | undefined;
  message?: string | undefined;
}

/** Better Auth's error, in words for the field it concerns. */
export function authErrorMessage(error: AuthError): Partial<Record<"email" | "password" | "form", string>> {
  if (error.status === 429) return { form: "Too many attempts. Wait a minute, then try again." };
  switch (error.code) {
    case "INVALID_EMAIL_OR_PASSWORD":
      return { form: "That email and password do not match an account." };
    case "USER_ALREADY_EXISTS":
    case "USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL":
      return { email: "An account with this email already exists." };
    case "PASSWORD_TOO_SHORT":
    case "PASSWORD_TOO_LONG":
    case "PASSWORD_IS_EMAIL":
      return { password: error.message ?? "Choose another password." };
    default:
      return { form: error.message ?? "Something went wrong. Please try again." };
  }
}
