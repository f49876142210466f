"use client";

import type { ComponentProps, ReactNode } from "react";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { PasswordInput } from "@/components/ui/password-input";
import { cn } from "@/lib/utils";

interface AuthFieldProps extends Omit<ComponentProps<"input">, "id" | "name" | "type"> {
  label: string;
  name: string;
  type?: "text" | "email" | "password";
  error?: string | undefined;
  /** Shown in the message line while there is no error (a weak password's feedback); not an error. */
  hint?: string | undefined;
  /** Ids of what else describes the field (a password's rules), read after its error. */
  describedBy?: string | undefined;
  /** Lines kept free under the field for its messages, so that the form never moves when one shows. */
  messageLines?: 1 | 2;
  /** Shown between the input and its message line (a password's strength and rules). */
  children?: ReactNode;
}

/** A labelled input of the sign-in and sign-up forms, its error tied to it and given room in advance. */
export function AuthField({
  label,
  name,
  type = "text",
  error,
  hint,
  describedBy,
  messageLines = 1,
  children,
  ...input
}: AuthFieldProps) {
  const errorId = `${name}-error`;
  const Control = type === "password" ? PasswordInput : Input;
  return (
    <div className="grid gap-2">
      <Label htmlFor={name}>{label}</Label>
      <Control
        id={name}
        name={name}
        {...(type === "password" ? {} : { type })}
        aria-invalid={error ? true : undefined}
        aria-describedby={[error && errorId, describedBy].filter(Boolean).join(" ") || undefined}
        {...input}
      />
      {children}
      <p
        id={errorId}
        className={cn(
          "text-sm leading-5",
          messageLines === 2 ? "min-h-10" : "min-h-5",
          error ? "text-destructive" : "text-muted-foreground",
        )}
      >
        {error ?? hint}
      </p>
    </div>
  );
}
