"use client";

import { PASSWORD_MIN } from "@todo/contracts";
import type { ChangeEvent } from "react";
import type { PasswordStrength } from "@/lib/password-strength";
import { AuthField } from "./auth-field";
import { PasswordRules } from "./password-rules";
import { PasswordStrengthMeter, strengthFeedback } from "./password-strength-meter";
import type { CheckerStatus } from "./use-password-strength";

interface NewPasswordFieldProps {
  value: string;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  error: string | undefined;
  strength: PasswordStrength | null;
  status: CheckerStatus;
  /** Brings the estimator: called on first focus or keystroke, never with the page. */
  onFirstUse: () => void;
  label?: string;
}

/** Sign-up's password: its rules up front, a strength meter, zxcvbn's advice while it is weak. */
export function NewPasswordField({
  value,
  onChange,
  error,
  strength,
  status,
  onFirstUse,
  label = "Password",
}: NewPasswordFieldProps) {
  return (
    <AuthField
      label={label}
      name="password"
      type="password"
      autoComplete="new-password"
      value={value}
      onFocus={onFirstUse}
      onChange={(event) => {
        onFirstUse();
        onChange(event);
      }}
      error={error}
      hint={strengthFeedback(strength)}
      describedBy="password-rules"
      messageLines={2}
    >
      <PasswordStrengthMeter strength={strength} status={status} />
      <PasswordRules
        id="password-rules"
        long={value.length >= PASSWORD_MIN}
        unguessable={strength?.acceptable ?? false}
      />
    </AuthField>
  );
}
