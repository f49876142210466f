"use client";

import type { AccessToken, CreatedAccessToken } from "@todo/contracts";
import { KeySquareIcon } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Skeleton } from "@/components/ui/skeleton";
import { useAccessTokens } from "@/hooks/access-tokens/use-access-tokens";
import { ApiError } from "@/lib/api-call";
import { changeFailed, reason } from "@/lib/problem-text";
import { timeAgo } from "@/lib/relative-time";
import { NewAccessTokenForm } from "./new-access-token-form";
import { SettingsSection } from "./settings-section";

function expiryText(token: AccessToken): string {
  if (!token.expiresAt) return "never expires";
  const expired = Date.parse(token.expiresAt) <= Date.now();
  return `${expired ? "expired" : "expires"} ${timeAgo(token.expiresAt)}`;
}

/** The secret of a token just made, shown this once, with a copy button. */
function NewSecret({ created, onDone }: { created: CreatedAccessToken; onDone: () => void }) {
  return (
    <div role="status" className="space-y-2 rounded-md border border-primary/40 bg-primary/5 p-3">
      <p className="font-medium text-sm">“{created.name}” created. Copy its secret now: it is not shown again.</p>
      <div className="flex gap-2">
        <Input readOnly value={created.token} aria-label="New token's secret" className="font-mono text-xs" />
        <Button
          size="sm"
          variant="secondary"
          onClick={() =>
            navigator.clipboard?.writeText(created.token).then(
              () => toast.success("Secret copied"),
              () => toast.error("Copy it from the field instead"),
            )
          }
        >
          Copy
        </Button>
      </div>
      <Button size="sm" variant="ghost" onClick={onDone}>
        Done
      </Button>
    </div>
  );
}

/** Personal access tokens for programs: made here (secret shown once), listed, revoked. */
export function AccessTokensSection({ userId }: { userId: string }) {
  const { tokens, create, revoke } = useAccessTokens(userId);
  const [created, setCreated] = useState<CreatedAccessToken | null>(null);
  const loadError =
    tokens.error instanceof ApiError ? reason(tokens.error.problem) : tokens.error ? "Try again." : null;

  return (
    <SettingsSection
      id="access-tokens"
      title="Access tokens"
      icon={KeySquareIcon}
      description="For programs and scripts that use the API without a browser. See the API docs for how to use one."
    >
      {created && <NewSecret created={created} onDone={() => setCreated(null)} />}
      <NewAccessTokenForm
        busy={create.isPending}
        onCreate={async (input) => {
          const made = await create.mutateAsync(input);
          setCreated(made);
          return made;
        }}
      />
      {loadError ? (
        <div role="alert" className="space-y-2">
          <p className="text-sm">Your tokens could not be loaded. {loadError}</p>
          <Button variant="outline" size="sm" onClick={() => tokens.refetch()}>
            Try again
          </Button>
        </div>
      ) : !tokens.data ? (
        <Skeleton className="h-12">
          <span className="sr-only">Loading your tokens…</span>
        </Skeleton>
      ) : tokens.data.length === 0 ? (
        <p className="text-muted-foreground text-sm">No tokens yet.</p>
      ) : (
        <ul aria-label="Access tokens" className="divide-y rounded-md border">
          {tokens.data.map((token) => (
            <li key={token.id} className="flex items-center gap-3 px-3 py-2.5">
              <div className="min-w-0 flex-1">
                <p className="truncate font-medium text-sm">
                  {token.name}{" "}
                  <span className="font-normal text-muted-foreground">
                    · {token.scope === "read" ? "read" : "read and write"}
                  </span>
                </p>
                <p className="text-muted-foreground text-xs">
                  <code>{token.prefix}…</code> · {expiryText(token)} ·{" "}
                  {token.lastUsedAt ? `last used ${timeAgo(token.lastUsedAt)}` : "never used"}
                </p>
              </div>
              <Button
                variant="outline"
                size="sm"
                disabled={revoke.isPending}
                aria-label={`Revoke ${token.name}`}
                onClick={() =>
                  revoke.mutate(token.id, {
                    onSuccess: () => toast.success(`“${token.name}” revoked`),
                    onError: (error) => toast.error(changeFailed(error)),
                  })
                }
              >
                Revoke
              </Button>
            </li>
          ))}
        </ul>
      )}
    </SettingsSection>
  );
}
