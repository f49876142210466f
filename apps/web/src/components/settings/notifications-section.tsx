"use client";

import { BellIcon } from "lucide-react";
import { useId } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Switch } from "@/components/ui/switch";
import { usePushDevice } from "@/hooks/push/use-push-device";
import { ApiError } from "@/lib/api-call";
import { reason } from "@/lib/problem-text";
import type { PushState } from "@/lib/push/push-device";
import { SettingsSection } from "./settings-section";

const STATE_TEXT: Record<PushState, string> = {
  unsupported: "This browser cannot show notifications. Reminders still show in the page while the app is open.",
  blocked:
    "Notifications are blocked for this site in your browser. Allow them in the site settings (the icon beside the address), then reload this page.",
  off: "Off on this device. Reminders show only in the page, while the app is open.",
  on: "On: this device gets your reminders, even when the app is closed.",
};

/** Why turning notifications on or off, or the test, failed: our own words, or the server's. */
function failure(error: Error): string {
  if (!(error instanceof ApiError)) return error.message;
  if (error.problem.status === 502)
    return "Your browser's push service did not take the test notification. Try again later.";
  if (error.problem.status === 404)
    return "The server no longer knows this device. Turn notifications off and on again.";
  return reason(error.problem);
}

/** This device's reminders by notification: its state, a switch to turn them on or off, and a test. */
export function NotificationsSection({ userId }: { userId: string }) {
  const { state, toggle, test } = usePushDevice(userId);
  const id = useId();
  const current = state.data;
  const busy = toggle.isPending || test.isPending;
  const error = toggle.error ?? test.error;

  return (
    <SettingsSection
      id="notifications"
      title="Notifications"
      icon={BellIcon}
      description="Reminders of your tasks, as notifications from this browser. Each device is turned on by itself."
    >
      <div className="flex items-center justify-between gap-4">
        <Label htmlFor={`${id}-switch`}>Notifications on this device</Label>
        <Switch
          id={`${id}-switch`}
          checked={current === "on"}
          disabled={!current || current === "unsupported" || current === "blocked" || busy}
          aria-describedby={`${id}-state`}
          onCheckedChange={(on) => {
            test.reset();
            toggle.mutate(on, {
              onSuccess: () => toast.success(on ? "Notifications turned on" : "Notifications turned off"),
            });
          }}
        />
      </div>
      <p id={`${id}-state`} role="status" className="text-muted-foreground text-sm">
        {toggle.isPending
          ? toggle.variables
            ? "Turning notifications on…"
            : "Turning notifications off…"
          : current
            ? STATE_TEXT[current]
            : "Checking this device…"}
      </p>
      {error && (
        <p role="alert" className="text-destructive text-sm">
          {failure(error)}
        </p>
      )}
      {current === "on" && (
        <Button
          variant="outline"
          size="sm"
          disabled={busy}
          onClick={() => {
            toggle.reset();
            test.mutate(undefined, { onSuccess: () => toast.success("Test notification sent") });
          }}
        >
          Send a test notification
        </Button>
      )}
    </SettingsSection>
  );
}
