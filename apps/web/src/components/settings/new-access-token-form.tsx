"use client";

import {
  type AccessTokenScope,
  type CreateAccessToken,
  CreateAccessTokenSchema,
  type CreatedAccessToken,
} from "@todo/contracts";
import { type FormEvent, useId, useState } from "react";
import { AuthField } from "@/components/auth/auth-field";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { RadioGroup, RadioGroupItem } from "@/components/ui/radio-group";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { changeFailed } from "@/lib/problem-text";

const EXPIRIES = [
  ["7", "7 days"],
  ["30", "30 days"],
  ["90", "90 days"],
  ["365", "1 year"],
  ["never", "Never"],
] as const;

const SCOPES: [AccessTokenScope, string, string][] = [
  ["read", "Read", "See tasks, lists and settings"],
  ["read-write", "Read and write", "Also create, change and delete them"],
];

interface NewAccessTokenFormProps {
  onCreate: (input: CreateAccessToken) => Promise<CreatedAccessToken>;
  busy: boolean;
}

/** A new token: what uses it, what it may do, how long it lasts. */
export function NewAccessTokenForm({ onCreate, busy }: NewAccessTokenFormProps) {
  const [name, setName] = useState("");
  const [scope, setScope] = useState<AccessTokenScope>("read");
  const [expiry, setExpiry] = useState<string>("30");
  const [error, setError] = useState<{ name?: string; form?: string }>({});
  const scopeLabel = useId();
  const expiryLabel = useId();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = CreateAccessTokenSchema.safeParse({
      name,
      scope,
      expiresInDays: expiry === "never" ? null : Number(expiry),
    });
    if (!parsed.success) return setError({ name: parsed.error.issues[0]?.message });
    try {
      await onCreate(parsed.data);
      setName("");
    } catch (failure) {
      setError({ form: changeFailed(failure) });
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3" aria-label="New access token">
      <AuthField
        label="Token name"
        name="token-name"
        placeholder="e.g. Backup script"
        value={name}
        error={error.name}
        onChange={(event) => {
          setName(event.target.value);
          setError({});
        }}
      />
      <div className="grid gap-2">
        <span id={scopeLabel} className="font-medium text-sm">
          Access
        </span>
        <RadioGroup
          aria-labelledby={scopeLabel}
          value={scope}
          onValueChange={(value) => setScope(value as AccessTokenScope)}
        >
          {SCOPES.map(([value, label, hint]) => (
            <div key={value} className="flex items-start gap-2">
              <RadioGroupItem value={value} id={`scope-${value}`} className="mt-0.5" />
              <Label htmlFor={`scope-${value}`} className="grid gap-0.5 font-normal">
                <span className="font-medium">{label}</span>
                <span className="text-muted-foreground text-xs">{hint}</span>
              </Label>
            </div>
          ))}
        </RadioGroup>
      </div>
      <div className="grid gap-2">
        <span id={expiryLabel} className="font-medium text-sm">
          Expires after
        </span>
        <Select value={expiry} onValueChange={setExpiry}>
          <SelectTrigger aria-labelledby={expiryLabel} className="w-40">
            <SelectValue />
          </SelectTrigger>
          <SelectContent>
            {EXPIRIES.map(([value, label]) => (
              <SelectItem key={value} value={value}>
                {label}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
      </div>
      <div>
        <Button type="submit" size="sm" disabled={busy}>
          {busy ? "Creating…" : "Create token"}
        </Button>
      </div>
      <p role="alert" className="text-destructive text-sm empty:hidden">
        {error.form}
      </p>
    </form>
  );
}
