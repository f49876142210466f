import { type ChangeStreamOptions, openChangeStream, problemFromStatus } from "@todo/contracts";
import { apiConnection } from "./api-connection";
import { loadOnFirstUse } from "./load-on-first-use";

// The contract's schemas (Zod) for what the stream brings: loaded when a change or a refusal first arrives, so that
// opening the stream as the page loads does not load them (the typed client's chunk, ~31 kB gzipped, and its schemas
// built as it loads).
const readers = loadOnFirstUse(() => import("@todo/contracts").then(({ changeStreamReaders }) => changeStreamReaders));

/** The user's live stream of changes, as the typed client's `streamChanges` gives it. */
export function streamChanges(userId: string, options: ChangeStreamOptions) {
  return openChangeStream(apiConnection, userId, options, {
    parseChange: async (data) => (await readers.load()).parseChange(data),
    readRefusal: async (response) => {
      try {
        return await (await readers.load()).readRefusal(response);
      } catch {
        // The readers did not load (offline): the status still says what the caller needs (401, 410, 429).
        return { ok: false, problem: problemFromStatus(response.status, response.statusText) };
      }
    },
  });
}
