/** At most this many live streams per user, counted across every instance (design.md § Changes and live updates). */
export const STREAMS_PER_USER = 10;
/** A comment this often keeps proxies from closing an idle stream; each instance renews its streams' registrations as often. */
export const HEARTBEAT_MS = 25_000;
/** A registration an instance stops renewing (it died) lapses after this long: three missed renewals. */
export const SLOT_TTL_SECONDS = 90;
/** While an instance does not listen (it cannot, or its connection is coming back), how often it reads its users' log heads: twice a second, so that a change still arrives within one. */
export const POLL_MS = 500;
/** The `retry:` a stream starts with: how long a client waits before reconnecting after it breaks. */
export const RECONNECT_MS = 3_000;
/** How long a 429 for too many streams asks the client to wait: a closed stream frees its place at once. */
export const STREAMS_RETRY_AFTER_SECONDS = 30;
/** How long an instance keeps listening after its last stream closed, for the client that reconnects. */
export const IDLE_LISTENER_MS = 60_000;
