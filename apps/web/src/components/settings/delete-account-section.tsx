"use client";

import { Trash2Icon } from "lucide-react";
import { type FormEvent, useState } from "react";
import { UNREACHABLE_MESSAGE } from "@/components/auth/auth-error-message";
import { AuthField } from "@/components/auth/auth-field";
import {
  AlertDialog,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import { withAuthClient } from "@/lib/load-auth-client";
import { SettingsSection } from "./settings-section";

/** Where a deleted account's browser goes: sign-in, which says it is gone. */
const ACCOUNT_DELETED = "/sign-in?notice=account-deleted";

/** Deletes the account and everything in it, at once, once the password is given again. */
export function DeleteAccountSection() {
  const [open, setOpen] = useState(false);
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!password) return setError("Enter your password");
    setBusy(true);
    const answer = await withAuthClient((authClient) => authClient.deleteUser({ password }));
    if (!answer) {
      setBusy(false);
      return setError(UNREACHABLE_MESSAGE);
    }
    const { error: refused } = answer;
    if (refused) {
      setBusy(false);
      return setError(
        refused.code === "INVALID_PASSWORD" ? "That is not your password" : (refused.message ?? "Try again."),
      );
    }
    // A full load: nothing of the account stays in this tab's memory.
    window.location.replace(ACCOUNT_DELETED);
  }

  return (
    <SettingsSection
      id="delete-account"
      title="Delete account"
      icon={Trash2Icon}
      description="Your account, lists, tasks, settings and access tokens are deleted at once. This cannot be undone."
    >
      <AlertDialog
        open={open}
        onOpenChange={(next) => {
          setOpen(next);
          setPassword("");
          setError(undefined);
        }}
      >
        <AlertDialogTrigger asChild>
          <Button variant="destructive" size="sm">
            Delete account…
          </Button>
        </AlertDialogTrigger>
        <AlertDialogContent>
          <form onSubmit={onSubmit} noValidate className="grid gap-4">
            <AlertDialogHeader>
              <AlertDialogTitle>Delete your account?</AlertDialogTitle>
              <AlertDialogDescription>
                Everything in it is deleted now and for good, and every device is signed out. Enter your password to
                confirm.
              </AlertDialogDescription>
            </AlertDialogHeader>
            <AuthField
              label="Password"
              name="delete-password"
              type="password"
              autoComplete="current-password"
              value={password}
              error={error}
              onChange={(event) => {
                setPassword(event.target.value);
                setError(undefined);
              }}
            />
            <AlertDialogFooter>
              <AlertDialogCancel disabled={busy}>Keep my account</AlertDialogCancel>
              <Button type="submit" variant="destructive" disabled={busy}>
                {busy ? "Deleting…" : "Delete my account"}
              </Button>
            </AlertDialogFooter>
          </form>
        </AlertDialogContent>
      </AlertDialog>
    </SettingsSection>
  );
}
