import type { Completion } from "@todo/contracts";
import type { CompletionPage, TaskCompletionRow } from "@todo/db";

export function toCompletion(row: TaskCompletionRow): Completion {
  return {
    id: row.id,
    taskId: row.taskId,
    dueDate: row.dueDate,
    dueTime: row.dueTime === null ? null : row.dueTime.slice(0, 5),
    completedAt: row.completedAt.toISOString(),
  };
}

/** A page of completions as JSON, newest first, with `Link: <…>; rel="next"` while older ones remain. */
export function completionListResponse(requestUrl: string | URL, page: CompletionPage): Response {
  const headers = new Headers({ "Cache-Control": "no-store" });
  if (page.nextCursor) {
    const next = new URL(requestUrl);
    next.searchParams.set("cursor", page.nextCursor);
    headers.set("Link", `<${next.pathname}${next.search}>; rel="next"`);
  }
  return Response.json(page.rows.map(toCompletion), { headers });
}
