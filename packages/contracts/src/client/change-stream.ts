import type { Change } from "../change";
import type { Problem } from "../problem";
import type { TodoClientOptions } from "./connection";
import { type ChangeStreamMessage, readChangeStream } from "./event-stream";
import { type ApiResult, networkProblem, problemFromStatus } from "./result";
import { parseHttpDate, retryAfterSeconds } from "./retry-after";

export interface ChangeStreamOptions {
  /** The seq the caller has: the changes after it come first; `now` (the default) for only new ones. */
  since?: number | "now";
  /** Aborting it closes the stream. */
  signal?: AbortSignal;
}

/**
 * What the stream needs of the contract, apart from the stream itself: the schemas (Zod) are needed only when a
 * change or a refusal arrives, so a page can open its stream without loading them (`changeStreamReaders` has them).
 */
export interface ChangeStreamReaders {
  /** A change's data, checked against its contract (a change that breaks it throws, ending the stream). */
  parseChange(data: unknown): Change | Promise<Change>;
  /** The problem of an answer that is not the stream. */
  readRefusal(response: Response): Promise<ApiResult<never>>;
}

/**
 * The stream, or why not. A refusal that said when to ask again (`Retry-After`: a 503 while the database is away or
 * the instance stopping, a 429) has it as `retryAfterSeconds`, counted from the answer's `Date` when it has one.
 */
export type ChangeStreamResult =
  | { ok: true; data: AsyncGenerator<ChangeStreamMessage> }
  | { ok: false; problem: Problem; retryAfterSeconds?: number };

/**
 * The live stream of changes (Server-Sent Events over fetch, with the bearer token): the messages until the stream
 * ends. To reconnect, pass the seq of the last change or position received as `since` (after the refusal's
 * `retryAfterSeconds`, when it has one). `connection` is what `createTodoClient` takes.
 */
export async function openChangeStream(
  { baseUrl, getToken, fetch: fetchImpl = globalThis.fetch }: TodoClientOptions,
  userId: string,
  { since = "now", signal }: ChangeStreamOptions,
  readers: ChangeStreamReaders,
): Promise<ChangeStreamResult> {
  const url = `${baseUrl.replace(/\/+$/, "")}/api/${encodeURIComponent(userId)}/events?since=${since}`;
  const headers = { Accept: "text/event-stream", Authorization: `Bearer ${await getToken()}` };
  let response: Response;
  try {
    response = await fetchImpl(url, { headers, signal });
  } catch (error) {
    return { ok: false, problem: networkProblem(error) };
  }
  if (!response.ok) {
    const sentAt = parseHttpDate(response.headers.get("date")) ?? Date.now();
    const retryAfter = retryAfterSeconds(response.headers.get("retry-after"), sentAt);
    const refusal = await readers.readRefusal(response);
    if (refusal.ok || retryAfter === null) return refusal;
    return { ...refusal, retryAfterSeconds: retryAfter };
  }
  // A success with no body to read (a proxy's doing): no stream, said as a failure the caller retries.
  if (!response.body) return { ok: false, problem: problemFromStatus(response.status, "No stream in the answer") };
  return { ok: true, data: readChangeStream(response.body, readers.parseChange) };
}
