"use client";

import { EmailSchema } from "@todo/contracts";
import { MailCheck } from "lucide-react";
import { type FormEvent, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { withAuthClient } from "@/lib/load-auth-client";
import { authErrorMessage, UNREACHABLE_MESSAGE } from "./auth-error-message";
import { AuthField } from "./auth-field";
import { AuthHeading } from "./auth-heading";
import { BackToSignIn } from "./back-to-sign-in";
import { FormAlert } from "./form-alert";

/**
 * Asks for a reset link. The answer is the same whether or not the address has an account, so the
 * page never tells which addresses do.
 */
export function ForgotPasswordForm() {
  const [email, setEmail] = useState("");
  const [errors, setErrors] = useState<{ email?: string; form?: string }>({});
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const field = useRef<HTMLInputElement>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = EmailSchema.safeParse(email);
    if (!parsed.success) {
      setErrors({ email: parsed.error.issues[0]?.message ?? "Enter your email address." });
      field.current?.focus();
      return;
    }
    setBusy(true);
    let retryAfter: string | null = null;
    const answer = await withAuthClient((authClient) =>
      authClient.requestPasswordReset(
        { email: parsed.data, redirectTo: "/reset-password" },
        {
          onError: ({ response }) => {
            retryAfter = response.headers.get("Retry-After");
          },
        },
      ),
    );
    setBusy(false);
    if (!answer) return setErrors({ form: UNREACHABLE_MESSAGE });
    const { error } = answer;
    if (error) return setErrors({ form: authErrorMessage(error, retryAfter).form ?? error.message });
    setSentTo(parsed.data);
  }

  if (sentTo) {
    return (
      <div role="status">
        <AuthHeading id="forgot-title" title="Check your email" lead="A link is on its way, if the address is known." />
        <p className="flex gap-3 text-sm">
          <MailCheck aria-hidden="true" className="mt-0.5 size-5 shrink-0 text-primary" />
          <span>
            If an account uses <strong className="break-all">{sentTo}</strong>, we have sent it a link to choose a new
            password. The link works once, for one hour. Nothing there? Look in your spam folder, or ask again.
          </span>
        </p>
        <BackToSignIn />
      </div>
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="forgot-title">
      <AuthHeading
        id="forgot-title"
        title="Forgot your password?"
        lead="Enter your account's email: we will send you a link to choose a new one."
      />
      <AuthField
        ref={field}
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        spellCheck={false}
        value={email}
        error={errors.email}
        onChange={(event) => {
          setEmail(event.target.value);
          setErrors({});
        }}
      />
      <Button type="submit" disabled={busy} className="mt-2 w-full">
        {busy ? "Please wait…" : "Send the link"}
      </Button>
      <div className="mt-3">
        <FormAlert message={errors.form} />
      </div>
      <BackToSignIn />
    </form>
  );
}
