"use client";

import { type OffsetSpan, type PlainDate, wallClockIn } from "@todo/dates";
import { createContext, useContext, useSyncExternalStore } from "react";
import { type UserClock, userClock } from "@/components/tasks/due-date";
import { deviceTimeZone } from "@/lib/device-time-zone";
import { currentMinute, subscribeMinute } from "@/lib/minute-clock";

/** The time zone the user's dates are judged in (see hooks/settings/use-time-zone.ts), for the components under it. */
export const TimeZoneContext = createContext<string | null>(null);

/** What the server read of the clock when it rendered the page (see ServerClockContext). */
export interface ServerClock {
  /**
   * The minute it rendered at (minutes since 1970). Hydration reads the clock at that minute, so the browser's first
   * render says what the server's HTML says ("Today", overdue or not) even when a minute (or midnight) passed in
   * between; the clock moves on right after.
   */
  renderedAt: number;
  /**
   * The user's zone's offset then, and until when it holds (null when it did not read it): the browser tells the
   * time there from it, and asks ICU for that zone (a formatter of its own, its rules read) only past its end or for
   * another zone. The rows' due words read the server's too (date-words.ts), so a page load starts no ICU at all
   * (docs/decisions/004-benchmarks.md, "ICU, started for one reading" and "… and not at all").
   */
  zoneOffset: OffsetSpan | null;
}

/** The server's reading of the clock, for the components of the page it rendered. */
export const ServerClockContext = createContext<ServerClock | null>(null);

// The clock of the last zone and minute asked for: every component showing a date reads the same one, and the
// time zone's rules are applied once a minute, not once per component.
let last: { zone: string; minute: number; clock: UserClock } | undefined;

function clockAt(zone: string, minute: number, known: OffsetSpan | null): UserClock {
  if (last?.zone !== zone || last.minute !== minute) {
    const at = minute * 60_000;
    const read = known?.zone === zone ? wallClockIn(known, at) : null;
    last = { zone, minute, clock: read ? { today: read.date, time: read.time } : userClock(zone, new Date(at)) };
  }
  return last.clock;
}

/** The date and time now in `zone`, kept current minute by minute (from the server's minute while hydrating). */
export function useClockIn(zone: string): UserClock {
  const server = useContext(ServerClockContext);
  const minute = useSyncExternalStore(subscribeMinute, currentMinute, () => server?.renderedAt ?? currentMinute());
  return clockAt(zone, minute, server?.zoneOffset ?? null);
}

/**
 * Today's date in `zone` (from `server`'s minute while hydrating: the page's, above its ServerClockContext), for
 * what depends on the date alone: it re-renders when the date changes, where `useClockIn` re-renders every minute
 * (the whole tasks page did, each minute).
 */
export function useTodayIn(zone: string, server: ServerClock | null = null): PlainDate {
  const clock = useContext(ServerClockContext) ?? server;
  const known = clock?.zoneOffset ?? null;
  return useSyncExternalStore(
    subscribeMinute,
    () => clockAt(zone, currentMinute(), known).today,
    () => clockAt(zone, clock?.renderedAt ?? currentMinute(), known).today,
  );
}

/** The user's date and time now, in their zone (this device's outside a TimeZoneContext). */
export function useUserClock(): UserClock {
  return useClockIn(useContext(TimeZoneContext) ?? deviceTimeZone());
}
