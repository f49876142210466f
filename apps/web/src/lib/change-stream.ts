import { type ChangeStreamOptions, openChangeStream, problemFromStatus } from "@todo/contracts";
import { apiConnection } from "./api-connection";
import { loadOnFirstUse } from "./load-on-first-use";

// The contract's schema for a change (Zod): loaded when the stream first brings one, so that opening the stream as the
// page loads does not load it (the typed client's chunk, ~31 kB gzipped, and its schemas built as it loads).
const changeParser = loadOnFirstUse(() =>
  import("@todo/contracts").then(({ changeStreamReaders }) => changeStreamReaders.parseChange),
);

/** The user's live stream of changes, as the typed client's `streamChanges` gives it. */
export function streamChanges(userId: string, options: ChangeStreamOptions) {
  return openChangeStream(apiConnection, userId, options, {
    parseChange: async (data) => (await changeParser.load())(data),
    // A refusal's status is all the live connection acts on (401, 410, 429, 503), with its Retry-After, which
    // `openChangeStream` reads: read without the contract, so that a device renewing its token loads nothing first.
    readRefusal: async (response) => {
      await response.body?.cancel().catch(() => {});
      return { ok: false, problem: problemFromStatus(response.status, response.statusText) };
    },
  });
}
