"use client";

import { createContext, useContext, useMemo, useSyncExternalStore } from "react";
import { type UserClock, userClock } from "@/components/tasks/due-date";
import { deviceTimeZone } from "@/lib/device-time-zone";
import { currentMinute, subscribeMinute } from "@/lib/minute-clock";

/** The time zone the user's dates are judged in (see hooks/settings/use-time-zone.ts), for the components under it. */
export const TimeZoneContext = createContext<string | null>(null);

/**
 * The minute the server rendered the page at (minutes since 1970). Hydration reads the clock at that
 * minute, so the browser's first render says what the server's HTML says ("Today", overdue or not)
 * even when a minute (or midnight) passed in between; the clock moves on right after.
 */
export const RenderedAtContext = createContext<number | null>(null);

/** The date and time now in `zone`, kept current minute by minute (from `renderedAt` while hydrating). */
export function useClockIn(zone: string, renderedAt: number | null = null): UserClock {
  const rendered = useContext(RenderedAtContext) ?? renderedAt;
  const minute = useSyncExternalStore(subscribeMinute, currentMinute, () => rendered ?? currentMinute());
  return useMemo(() => userClock(zone, new Date(minute * 60_000)), [zone, minute]);
}

/** The user's date and time now, in their zone (this device's outside a TimeZoneContext). */
export function useUserClock(): UserClock {
  return useClockIn(useContext(TimeZoneContext) ?? deviceTimeZone());
}
