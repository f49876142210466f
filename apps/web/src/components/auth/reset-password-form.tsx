"use client";

import { NewPasswordSchema } from "@todo/contracts";
import Link from "next/link";
import { useRouter, useSearchParams } from "next/navigation";
import { type FormEvent, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { withAuthClient } from "@/lib/load-auth-client";
import { weakPasswordMessage } from "@/lib/password-strength";
import { authErrorMessage, UNREACHABLE_MESSAGE } from "./auth-error-message";
import { AuthHeading } from "./auth-heading";
import { BackToSignIn } from "./back-to-sign-in";
import { FormAlert } from "./form-alert";
import { NewPasswordField } from "./new-password-field";
import { usePasswordStrength } from "./use-password-strength";

/** Where a reset sends the user: sign-in, which says the password changed. */
export const PASSWORD_RESET_NOTICE = "/sign-in?notice=password-reset";

const NO_WORDS: readonly string[] = [];

/**
 * The page a reset mail's link opens (Better Auth has checked the token and put it in `?token=`, or
 * `?error=INVALID_TOKEN`): a new password, then sign-in with it, every other session signed out.
 */
export function ResetPasswordForm() {
  const router = useRouter();
  const params = useSearchParams();
  const token = params.get("token");
  const [value, setValue] = useState("");
  const [errors, setErrors] = useState<{ password?: string; form?: string }>({});
  const [expired, setExpired] = useState(params.get("error") !== null || !token);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const password = usePasswordStrength(value, NO_WORDS);

  function refuse(found: typeof errors) {
    setErrors(found);
    if (found.password) form.current?.querySelector<HTMLElement>("#password")?.focus();
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = NewPasswordSchema.safeParse(value);
    if (!parsed.success) return refuse({ password: parsed.error.issues[0]?.message });
    const strength = password.checker?.(value, NO_WORDS);
    if (strength && !strength.acceptable) return refuse({ password: weakPasswordMessage(strength) });
    setBusy(true);
    const answer = await withAuthClient((authClient) =>
      authClient.resetPassword({ newPassword: value, token: token ?? "" }),
    );
    setBusy(false);
    if (!answer) return refuse({ form: UNREACHABLE_MESSAGE });
    const { error } = answer;
    if (error?.code === "INVALID_TOKEN") return setExpired(true);
    if (error) return refuse(authErrorMessage(error));
    router.replace(PASSWORD_RESET_NOTICE);
  }

  if (expired) {
    return (
      <div>
        <AuthHeading id="reset-title" title="This link no longer works" lead="A reset link works once, for one hour." />
        <Button asChild className="w-full">
          <Link href="/forgot-password">Send a new link</Link>
        </Button>
        <BackToSignIn />
      </div>
    );
  }

  return (
    <form ref={form} onSubmit={onSubmit} noValidate aria-labelledby="reset-title">
      <AuthHeading
        id="reset-title"
        title="Choose a new password"
        lead="Once it is set, every device signed in to your account is signed out."
      />
      <NewPasswordField
        value={value}
        onChange={(event) => {
          setValue(event.target.value);
          setErrors({});
        }}
        error={errors.password}
        strength={password.strength}
        status={password.status}
        onFirstUse={password.load}
      />
      <Button type="submit" disabled={busy} className="mt-2 w-full">
        {busy ? "Please wait…" : "Set the new password"}
      </Button>
      <div className="mt-3">
        <FormAlert message={errors.form} />
      </div>
      <BackToSignIn />
    </form>
  );
}
