"use client";

import { deviceTimeZone } from "@/lib/device-time-zone";
import { useSettings } from "./use-settings";

/**
 * The time zone the user's "today" and "overdue" are judged in: their setting, this device's until the
 * settings have loaded (or if they cannot be). `known` once it is the setting's.
 */
export function useTimeZone(userId: string): { zone: string; known: boolean; failed: boolean } {
  const { settings, loadError } = useSettings(userId);
  return { zone: settings?.timeZone ?? deviceTimeZone(), known: settings !== null, failed: loadError !== null };
}
