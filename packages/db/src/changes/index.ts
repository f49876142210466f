// The change log's use cases: reading it, its live streams' registrations, pruning (docs/decisions/022-change-feed.md).
export { changeHeads } from "./change-heads";
export { ChangesGoneError, TooManyStreamsError } from "./errors";
export { type ChangeEntry, type ChangeLogPage, listChanges, logPosition } from "./list-changes";
export { listenForChanges } from "./listen-for-changes";
export { checkSince, type LogPosition } from "./log-position";
export { CHANGES_KEPT_DAYS, pruneChanges } from "./prune-changes";
export { closeStreamSlots, openStreamSlot, renewStreamSlots, type StreamSlot } from "./stream-slots";
