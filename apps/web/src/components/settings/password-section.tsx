"use client";

import { NewPasswordSchema } from "@todo/contracts";
import { KeyRoundIcon } from "lucide-react";
import { type FormEvent, useMemo, useRef, useState } from "react";
import { toast } from "sonner";
import { authErrorMessage, UNREACHABLE_MESSAGE } from "@/components/auth/auth-error-message";
import { AuthField } from "@/components/auth/auth-field";
import { NewPasswordField } from "@/components/auth/new-password-field";
import { usePasswordStrength } from "@/components/auth/use-password-strength";
import { Button } from "@/components/ui/button";
import { withAuthClient } from "@/lib/load-auth-client";
import { personalWords, weakPasswordMessage } from "@/lib/password-strength";
import { SettingsSection } from "./settings-section";

type Errors = { current?: string; password?: string; form?: string };

/** A new password, the current one asked first; every other device is signed out once it changes. */
export function PasswordSection({ name, email }: { name: string; email: string }) {
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const words = useMemo(() => personalWords({ name, email }), [name, email]);
  const strength = usePasswordStrength(next, words);

  function refuse(found: Errors) {
    setErrors(found);
    const first = found.current ? "#current-password" : found.password ? "#password" : null;
    if (first) form.current?.querySelector<HTMLElement>(first)?.focus();
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!current) return refuse({ current: "Enter your current password" });
    const parsed = NewPasswordSchema.safeParse(next);
    if (!parsed.success) return refuse({ password: parsed.error.issues[0]?.message });
    const rated = strength.checker?.(next, words);
    if (rated && !rated.acceptable) return refuse({ password: weakPasswordMessage(rated) });
    setBusy(true);
    const answer = await withAuthClient((authClient) =>
      authClient.changePassword({ currentPassword: current, newPassword: next, revokeOtherSessions: true }),
    );
    setBusy(false);
    if (!answer) return refuse({ form: UNREACHABLE_MESSAGE });
    const { error } = answer;
    if (error?.code === "INVALID_PASSWORD") return refuse({ current: "That is not your current password" });
    if (error) return refuse(authErrorMessage(error));
    setCurrent("");
    setNext("");
    setErrors({});
    toast.success("Password changed. Your other devices are signed out.");
  }

  return (
    <SettingsSection
      id="change-password"
      title="Password"
      icon={KeyRoundIcon}
      description="Changing it signs out every other device."
    >
      <form ref={form} onSubmit={onSubmit} noValidate className="grid gap-1" aria-label="Change password">
        <AuthField
          label="Current password"
          name="current-password"
          type="password"
          autoComplete="current-password"
          value={current}
          error={errors.current}
          onChange={(event) => {
            setCurrent(event.target.value);
            setErrors({});
          }}
        />
        <NewPasswordField
          label="New password"
          value={next}
          onChange={(event) => {
            setNext(event.target.value);
            setErrors({});
          }}
          error={errors.password}
          strength={strength.strength}
          status={strength.status}
          onFirstUse={strength.load}
        />
        <div>
          <Button type="submit" size="sm" disabled={busy}>
            {busy ? "Saving…" : "Change password"}
          </Button>
        </div>
        <p role="alert" className="pt-2 text-destructive text-sm empty:hidden">
          {errors.form}
        </p>
      </form>
    </SettingsSection>
  );
}
