"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { withAuthClient } from "@/lib/load-auth-client";
import { authErrorMessage, UNREACHABLE_MESSAGE } from "./auth-error-message";
import { FormAlert } from "./form-alert";

/**
 * Mails the link that confirms an address again (Better Auth's `sendVerificationEmail`). Its answer is the same
 * whether or not the address has an account waiting, so this says only that a link is on its way.
 */
export function ResendVerification({ email, callbackURL }: { email: string; callbackURL: string }) {
  const [result, setResult] = useState<{ sent?: boolean; error?: string }>({});
  const [busy, setBusy] = useState(false);

  async function resend() {
    setBusy(true);
    let retryAfter: string | null = null;
    const answer = await withAuthClient((authClient) =>
      authClient.sendVerificationEmail(
        { email, callbackURL },
        {
          onError: ({ response }) => {
            retryAfter = response.headers.get("Retry-After");
          },
        },
      ),
    );
    setBusy(false);
    if (!answer) return setResult({ error: UNREACHABLE_MESSAGE });
    const { error } = answer;
    setResult(error ? { error: authErrorMessage(error, retryAfter).form ?? error.message } : { sent: true });
  }

  return (
    <div className="grid gap-2">
      <Button type="button" variant="outline" disabled={busy} onClick={resend}>
        {busy ? "Please wait…" : "Send the link again"}
      </Button>
      <p role="status" className="min-h-5 text-muted-foreground text-sm">
        {result.sent && "A new link is on its way. It works for one hour."}
      </p>
      <FormAlert message={result.error} />
    </div>
  );
}
