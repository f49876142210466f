"use client";

import { NameSchema } from "@todo/contracts";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { toast } from "sonner";
import { UNREACHABLE_MESSAGE } from "@/components/auth/auth-error-message";
import { AuthField } from "@/components/auth/auth-field";
import { Button } from "@/components/ui/button";
import { withAuthClient } from "@/lib/load-auth-client";

/** The account's name: checked with the sign-up form's rule, saved through Better Auth. */
export function NameForm({ name }: { name: string }) {
  const router = useRouter();
  const [value, setValue] = useState(name);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = NameSchema.safeParse(value);
    if (!parsed.success) return setError(parsed.error.issues[0]?.message);
    setBusy(true);
    const answer = await withAuthClient((authClient) => authClient.updateUser({ name: parsed.data }));
    setBusy(false);
    if (!answer) return setError(UNREACHABLE_MESSAGE);
    const { error: refused } = answer;
    if (refused) return setError(refused.message ?? "Your name could not be saved. Try again.");
    toast.success("Name saved");
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-1">
      <AuthField
        label="Name"
        name="account-name"
        autoComplete="name"
        value={value}
        error={error}
        onChange={(event) => {
          setValue(event.target.value);
          setError(undefined);
        }}
      />
      <Button type="submit" size="sm" disabled={busy || value.trim() === name}>
        {busy ? "Saving…" : "Save name"}
      </Button>
    </form>
  );
}
