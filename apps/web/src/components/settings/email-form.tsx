"use client";

import { EmailSchema } from "@todo/contracts";
import { type FormEvent, useState } from "react";
import { UNREACHABLE_MESSAGE } from "@/components/auth/auth-error-message";
import { AuthField } from "@/components/auth/auth-field";
import { Button } from "@/components/ui/button";
import { withAuthClient } from "@/lib/load-auth-client";

/**
 * A new email address: it takes effect once its owner opens the link mailed to it (Better Auth's
 * change-email flow), so a typo never locks anyone out.
 */
export function EmailForm({ email }: { email: string }) {
  const [value, setValue] = useState(email);
  const [error, setError] = useState<string>();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = EmailSchema.safeParse(value.trim());
    if (!parsed.success) return setError(parsed.error.issues[0]?.message);
    if (parsed.data.toLowerCase() === email.toLowerCase()) return setError("This is already your email address.");
    setBusy(true);
    const answer = await withAuthClient((authClient) =>
      authClient.changeEmail({ newEmail: parsed.data, callbackURL: "/settings" }),
    );
    setBusy(false);
    if (!answer) return setError(UNREACHABLE_MESSAGE);
    const { error: refused } = answer;
    if (refused) return setError(refused.message ?? "The link could not be sent. Try again.");
    setSentTo(parsed.data);
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-1">
      <AuthField
        label="Email"
        name="account-email"
        type="email"
        autoComplete="email"
        spellCheck={false}
        value={value}
        error={error}
        onChange={(event) => {
          setValue(event.target.value);
          setError(undefined);
        }}
      />
      <Button type="submit" size="sm" disabled={busy || value.trim() === email}>
        {busy ? "Sending…" : "Change email"}
      </Button>
      <p role="status" className="pt-2 text-sm empty:hidden">
        {sentTo &&
          `We sent a link to ${sentTo}. Your email changes once you open it; until then you sign in with ${email}.`}
      </p>
    </form>
  );
}
