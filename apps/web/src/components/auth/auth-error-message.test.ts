import { describe, expect, it } from "vitest";
import { authErrorMessage } from "./auth-error-message";

describe("authErrorMessage", () => {
  const limited = { status: 429, code: "TOO_MANY_REQUESTS" };

  it.each([
    ["1", "Too many attempts. Wait 1 second, then try again."],
    ["42", "Too many attempts. Wait 42 seconds, then try again."],
    ["90", "Too many attempts. Wait 90 seconds, then try again."],
    ["91", "Too many attempts. Wait 2 minutes, then try again."],
    ["600", "Too many attempts. Wait 10 minutes, then try again."],
  ])("says how long a limit asks to wait: Retry-After %s", (retryAfter, form) => {
    expect(authErrorMessage(limited, retryAfter)).toEqual({ form });
  });

  it("counts a Retry-After date from now", () => {
    const now = Date.parse("2026-10-21T07:27:00Z");
    expect(authErrorMessage(limited, "Wed, 21 Oct 2026 07:28:00 GMT", now)).toEqual({
      form: "Too many attempts. Wait 60 seconds, then try again.",
    });
    expect(authErrorMessage(limited, "Wednesday, 21-Oct-26 07:37:00 GMT", now)).toEqual({
      form: "Too many attempts. Wait 10 minutes, then try again.",
    });
  });

  it.each([null, "", "0", "-5", "soon", "1.5", "Wed, 21 Oct 2026 07:26:00 GMT", "2026-10-21T07:28:00Z"])(
    "says to wait a moment when Retry-After gives no wait to count: %s",
    (retryAfter) => {
      expect(authErrorMessage(limited, retryAfter, Date.parse("2026-10-21T07:27:00Z"))).toEqual({
        form: "Too many attempts. Wait a moment, then try again.",
      });
    },
  );

  it("says the service is away for a moment on 503, whatever the body", () => {
    expect(authErrorMessage({ status: 503 })).toEqual({
      form: "The service is unavailable for a moment. Try again shortly.",
    });
  });

  it("puts each refusal on the field it concerns", () => {
    expect(authErrorMessage({ status: 401, code: "INVALID_EMAIL_OR_PASSWORD" })).toEqual({
      form: "That email and password do not match an account.",
    });
    expect(authErrorMessage({ status: 422, code: "USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL" })).toEqual({
      email: "An account with this email already exists.",
    });
    expect(authErrorMessage({ status: 400, code: "PASSWORD_TOO_SHORT", message: "Password too short" })).toEqual({
      password: "Password too short",
    });
    expect(
      authErrorMessage({
        status: 400,
        code: "PASSWORD_TOO_WEAK",
        message: "Too easy to guess. This is a commonly used password.",
      }),
    ).toEqual({ password: "Too easy to guess. This is a commonly used password." });
    expect(authErrorMessage({ status: 403, code: "EMAIL_NOT_VERIFIED", message: "Email not verified" })).toEqual({
      form: "Confirm your email address first: open the link we mailed you, or send it again below.",
    });
    expect(authErrorMessage({ status: 500 })).toEqual({ form: "Something went wrong. Please try again." });
  });
});
