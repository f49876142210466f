import { setTimeout as sleep } from "node:timers/promises";
import { createLocalJWKSet, type JSONWebKeySet, type JWTVerifyGetKey } from "jose";

/** Loads for an unknown `kid` start at most this often: what forged kids can cost the database. */
const MIN_RELOAD_GAP_MS = 1_000;
/** How many kids a fresh load did not find are remembered, to refuse them again without loading. */
const ABSENT_KIDS_REMEMBERED = 1_024;
/** Longer kids are not remembered (the memory stays small); they wait for the next load each time. */
const REMEMBERED_KID_MAX_LENGTH = 256;

interface LoadedKeys {
  keys: JWTVerifyGetKey;
  kids: ReadonlySet<string>;
  /** When the load began (monotonic ms): it holds every key saved before then. */
  startedAt: number;
}

export interface SigningKeysOptions {
  /** Lowered by tests; see MIN_RELOAD_GAP_MS. */
  minReloadGapMs?: number;
}

/**
 * The public keys tokens are verified with, cached, and loaded again when a token names a `kid` the cache lacks.
 *
 * A key is saved before anything is signed with it, so a load that begins after a token arrived holds its key if
 * the key is ours: another instance's new key (a fresh installation's first one, or two made at once) is accepted
 * at once, not after a time-out. Such loads are shared (one in flight, the next queued for every caller that arrives
 * meanwhile) and start at most every MIN_RELOAD_GAP_MS; a kid such a load did not find is forged or from another
 * server, and is refused from memory after that.
 */
export function createSigningKeys(
  loadKeys: () => Promise<JSONWebKeySet>,
  { minReloadGapMs = MIN_RELOAD_GAP_MS }: SigningKeysOptions = {},
) {
  let current: LoadedKeys | undefined;
  let loading: { done: Promise<LoadedKeys>; startedAt: number } | undefined;
  let queued: Promise<LoadedKeys> | undefined;
  const absentKids = new Set<string>();

  function load(): Promise<LoadedKeys> {
    const startedAt = performance.now();
    const done = loadKeys().then((set) => {
      const loaded = { keys: createLocalJWKSet(set), kids: kidsOf(set), startedAt };
      if (!current || current.startedAt < startedAt) current = loaded;
      return loaded;
    });
    loading = { done, startedAt };
    const settled = () => {
      if (loading?.done === done) loading = undefined;
    };
    done.then(settled, settled);
    return done;
  }

  /** Keys from a load that began at or after `since`: one in flight if it began late enough, else the next. */
  function loadedSince(since: number): Promise<LoadedKeys> {
    if (current && current.startedAt >= since) return Promise.resolve(current);
    if (loading && loading.startedAt >= since) return loading.done;
    queued ??= (async () => {
      await loading?.done.catch(() => undefined);
      const earliest = (current?.startedAt ?? Number.NEGATIVE_INFINITY) + minReloadGapMs;
      // A timer counts from the event loop's clock, read when its turn began, in whole milliseconds: on a busy
      // process it can end a few milliseconds before `earliest` by performance.now(), so it is slept until it holds.
      for (let wait = earliest - performance.now(); wait > 0; wait = earliest - performance.now()) await sleep(wait);
      queued = undefined;
      return load();
    })();
    return queued;
  }

  function rememberAbsent(kid: string) {
    if (kid.length > REMEMBERED_KID_MAX_LENGTH) return;
    absentKids.add(kid);
    if (absentKids.size > ABSENT_KIDS_REMEMBERED) absentKids.delete(absentKids.values().next().value as string);
  }

  return {
    /** The cached keys, loaded on first use (callers arriving together share the load). */
    async cached(): Promise<JWTVerifyGetKey> {
      return (current ?? (await loadedSince(Number.NEGATIVE_INFINITY))).keys;
    },

    /**
     * Keys that hold `kid` if it is ours, for a token that arrived at `arrivedAt` (performance.now()) and matched
     * no cached key; undefined when no key can hold it (no kid, or one a fresh load did not find). A kid the cache
     * already has (the token's algorithm matched none of its keys) gives the cache back without loading.
     */
    async reloadedFor(kid: string | undefined, arrivedAt: number): Promise<JWTVerifyGetKey | undefined> {
      if (kid === undefined || absentKids.has(kid)) return undefined;
      if (current?.kids.has(kid)) return current.keys;
      const loaded = await loadedSince(arrivedAt);
      if (loaded.kids.has(kid)) return loaded.keys;
      rememberAbsent(kid);
      return undefined;
    },
  };
}

function kidsOf(set: JSONWebKeySet): ReadonlySet<string> {
  return new Set(set.keys.flatMap((key) => (typeof key.kid === "string" ? [key.kid] : [])));
}
