import { HttpError } from "../http/errors";

/**
 * The seq a reconnecting client last received (`Last-Event-ID`, which EventSource sends on its own), or
 * undefined without one. Every id this API sends is a seq: anything else is 400.
 */
export function lastEventId(request: Request): number | undefined {
  const header = request.headers.get("last-event-id");
  if (header === null || header.trim() === "") return undefined;
  const seq = /^\s*(0|[1-9]\d{0,15})\s*$/.exec(header)?.[1];
  if (seq === undefined || Number(seq) > Number.MAX_SAFE_INTEGER) {
    throw new HttpError(400, "Invalid Last-Event-ID", {
      errors: [{ path: "Last-Event-ID", message: "Last-Event-ID must be the id of an event this stream sent (a seq)" }],
    });
  }
  return Number(seq);
}
