/**
 * Every route the app serves under /api, as its folder names it: metrics and traces label a request with
 * its template, never with the path itself (which names users and tasks). A test checks this list
 * against app/api.
 */
export const API_ROUTES = [
  "/api/[userId]",
  "/api/[userId]/[...path]",
  "/api/[userId]/access-tokens",
  "/api/[userId]/access-tokens/[id]",
  "/api/[userId]/changes",
  "/api/[userId]/events",
  "/api/[userId]/export",
  "/api/[userId]/import",
  "/api/[userId]/lists",
  "/api/[userId]/lists/[id]",
  "/api/[userId]/lists/[id]/move",
  "/api/[userId]/push-subscriptions",
  "/api/[userId]/push-subscriptions/test",
  "/api/[userId]/settings",
  "/api/[userId]/tasks",
  "/api/[userId]/tasks/[id]",
  "/api/[userId]/tasks/[id]/complete",
  "/api/[userId]/tasks/[id]/completions",
  "/api/[userId]/tasks/[id]/completions/[completionId]",
  "/api/[userId]/tasks/[id]/move",
  "/api/[userId]/tasks/quick",
  "/api/auth/[...all]",
  "/api/auth/token/exchange",
  "/api/cron/reminders",
  "/api/health",
  "/api/metrics",
  "/api/push/public-key",
  "/api/ready",
] as const;

/** A path no template matches (never a route's: Next.js answers those itself). */
export const UNMATCHED_ROUTE = "unmatched";

type Segment = { kind: 0; name: string } | { kind: 1 } | { kind: 2 };

const segmentOf = (part: string): Segment =>
  part.startsWith("[...") ? { kind: 2 } : part.startsWith("[") ? { kind: 1 } : { kind: 0, name: part };

// Tried in Next.js's order: at the first segment where two differ, a static name before a dynamic one
// before a catch-all.
const ORDERED = API_ROUTES.map((template) => ({
  template,
  segments: template.split("/").slice(1).map(segmentOf),
})).sort((a, b) => {
  for (let i = 0; i < Math.min(a.segments.length, b.segments.length); i++) {
    const diff = (a.segments[i] as Segment).kind - (b.segments[i] as Segment).kind;
    if (diff !== 0) return diff;
  }
  return b.segments.length - a.segments.length;
});

function matches(segments: Segment[], parts: string[]): boolean {
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i] as Segment;
    if (segment.kind === 2) return parts.length > i;
    if (i >= parts.length) return false;
    if (segment.kind === 0 && segment.name !== parts[i]) return false;
  }
  return parts.length === segments.length;
}

/** The template of the route that serves `pathname` (`/api/[userId]/tasks/[id]`), or "unmatched". */
export function routeTemplate(pathname: string): string {
  const parts = pathname.split("/").slice(1);
  if (parts.at(-1) === "") parts.pop();
  for (const { template, segments } of ORDERED) if (matches(segments, parts)) return template;
  return UNMATCHED_ROUTE;
}
