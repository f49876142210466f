"use client";

import { GlobeIcon } from "lucide-react";
import { useId } from "react";
import { toast } from "sonner";
import { longDate } from "@/components/tasks/due-date";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { useSettings } from "@/hooks/settings/use-settings";
import { useUpdateSettings } from "@/hooks/settings/use-update-settings";
import { useClockIn } from "@/hooks/use-user-clock";
import { ApiError } from "@/lib/api-call";
import { deviceTimeZone } from "@/lib/device-time-zone";
import { changeFailed } from "@/lib/problem-text";
import { SessionEndedError } from "@/lib/session-token";
import { SettingsSection } from "./settings-section";
import { TimeZonePicker } from "./time-zone-picker";

/** The zone's wall clock now, in words: "Monday, December 7, 2026, 09:30". */
function ZoneNow({ zone }: { zone: string }) {
  const { today, time } = useClockIn(zone);
  return (
    <p className="text-muted-foreground text-sm" data-testid="zone-now">
      There it is now {longDate(today)}, {time}.
    </p>
  );
}

/**
 * The time zone "today", "overdue", Today, Upcoming and due times are judged in: a searchable list of
 * zones, and this device's own zone in one click. Saved at once (naming the version shown: If-Match).
 */
export function TimeZoneSection({ userId }: { userId: string }) {
  const { settings, loadError, reload } = useSettings(userId);
  const save = useUpdateSettings(userId);
  const labelId = useId();
  const device = deviceTimeZone();

  function choose(timeZone: string) {
    save.mutate(
      { timeZone },
      {
        onSuccess: (saved) => toast.success(`Time zone set to ${saved.timeZone.replaceAll("_", " ")}`),
        onError: (error) => {
          if (error instanceof SessionEndedError) return;
          if (error instanceof ApiError && error.problem.status === 412)
            toast.error("Your settings were changed elsewhere meanwhile: the zone shown is theirs. Choose again.");
        },
      },
    );
  }

  const shown = save.isPending ? (save.variables?.timeZone ?? settings?.timeZone) : settings?.timeZone;
  const failed =
    save.isError &&
    !(save.error instanceof SessionEndedError) &&
    !(save.error instanceof ApiError && save.error.problem.status === 412)
      ? changeFailed(save.error)
      : null;
  return (
    <SettingsSection
      id="time-zone"
      title="Time zone"
      icon={GlobeIcon}
      description="Today, Upcoming, “overdue” and due times follow this zone, wherever this device is."
    >
      {loadError ? (
        <div role="alert" className="space-y-2">
          <p className="text-sm">Your settings could not be loaded. {loadError}</p>
          <Button variant="outline" size="sm" onClick={reload}>
            Try again
          </Button>
        </div>
      ) : !shown ? (
        <Skeleton className="h-[4.75rem] max-w-sm">
          <span className="sr-only">Loading your time zone…</span>
        </Skeleton>
      ) : (
        <div className="space-y-3">
          <div className="space-y-2">
            <span id={labelId} className="block font-medium text-sm">
              Your time zone
            </span>
            <TimeZonePicker value={shown} onChange={choose} disabled={save.isPending} labelId={labelId} />
          </div>
          <ZoneNow zone={shown} />
          {device !== shown && (
            <Button variant="secondary" size="sm" onClick={() => choose(device)} disabled={save.isPending}>
              Use this device's zone ({device.replaceAll("_", " ")})
            </Button>
          )}
          <p role="alert" className="text-destructive text-sm empty:hidden">
            {failed}
          </p>
        </div>
      )}
    </SettingsSection>
  );
}
