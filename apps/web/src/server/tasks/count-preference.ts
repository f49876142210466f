import type { CountPreference } from "@todo/api/tasks";
import { preferences } from "../http/prefer";

/**
 * What the request's `Prefer: count=…` asks: `exact` counts every match into `X-Total-Count`, a
 * second query; `none`, anything else or nothing runs the page alone (only `none` is acknowledged).
 */
export function countPreference(request: Request): CountPreference {
  const value = preferences(request).get("count")?.toLowerCase();
  return value === "exact" || value === "none" ? value : undefined;
}
