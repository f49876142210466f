import type { Change } from "../change";
import type { TodoClientOptions } from "./connection";
import { type ChangeStreamMessage, readChangeStream } from "./event-stream";
import { type ApiResult, networkProblem, problemFromStatus } from "./result";

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
 * The live stream of changes (Server-Sent Events over fetch, with the bearer token): the messages until the stream
 * ends. To reconnect, pass the seq of the last change or position received as `since`. `connection` is what
 * `createTodoClient` takes.
 */
export async function openChangeStream(
  { baseUrl, getToken, fetch: fetchImpl = globalThis.fetch }: TodoClientOptions,
  userId: string,
  { since = "now", signal }: ChangeStreamOptions,
  readers: ChangeStreamReaders,
): Promise<ApiResult<AsyncGenerator<ChangeStreamMessage>>> {
  const url = `${baseUrl.replace(/\/+$/, "")}/api/${encodeURIComponent(userId)}/events?since=${since}`;
  const headers = { Accept: "text/event-stream", Authorization: `Bearer ${await getToken()}` };
  let response: Response;
  try {
    response = await fetchImpl(url, { headers, signal });
  } catch (error) {
    return { ok: false, problem: networkProblem(error) };
  }
  if (!response.ok) return readers.readRefusal(response);
  // A success with no body to read (a proxy's doing): no stream, said as a failure the caller retries.
  if (!response.body) return { ok: false, problem: problemFromStatus(response.status, "No stream in the answer") };
  return { ok: true, data: readChangeStream(response.body, readers.parseChange) };
}
