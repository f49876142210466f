import { AsyncLocalStorage } from "node:async_hooks";

/** Better Auth's contexts, by the names its global gives them (@better-auth/core, src/context). */
export const BETTER_AUTH_CONTEXTS = [
  "endpointContextAsyncStorage",
  "requestStateAsyncStorage",
  "adapterAsyncStorage",
] as const;

type Frame = Readonly<Record<string, unknown>>;

/** One key of a store shared by several contexts: an AsyncLocalStorage's `run` and `getStore`, all Better Auth calls. */
export class SharedContext<T> {
  constructor(
    readonly storage: AsyncLocalStorage<Frame>,
    private readonly key: string,
  ) {}

  run<R, A extends unknown[]>(store: T, fn: (...args: A) => R, ...args: A): R {
    return this.storage.run({ ...this.storage.getStore(), [this.key]: store }, fn, ...args);
  }

  getStore(): T | undefined {
    return this.storage.getStore()?.[this.key] as T | undefined;
  }
}

interface BetterAuthGlobal {
  version?: string;
  epoch: number;
  context: Record<string, unknown>;
}

/**
 * Better Auth keeps three contexts (an endpoint's, a request's state, a transaction's adapter), each in an
 * AsyncLocalStorage of its own that it creates on first use and finds again in a global it shares between its
 * copies (`Symbol.for("better-auth:global")`). On Node.js 20 every AsyncLocalStorage once run stays enabled, and
 * every promise the process creates from then on copies each one's store: after the first sign-in, three more
 * copies on every promise of every API request (decision 004 § Better Auth's stores and the estimator's
 * dictionaries). Put in that global before Better Auth's first use, these three views of one AsyncLocalStorage make
 * it one copy.
 *
 * A global that already holds one of them (Better Auth used before this ran) keeps it.
 */
export function shareBetterAuthContexts(): void {
  const key = Symbol.for("better-auth:global");
  const holder = globalThis as typeof globalThis & { [key]?: BetterAuthGlobal };
  // No version: Better Auth's first look writes its own and counts the epoch up to 1, as if it had made this.
  holder[key] ??= { epoch: 0, context: {} };
  const { context } = holder[key];
  const storage = new AsyncLocalStorage<Frame>();
  for (const name of BETTER_AUTH_CONTEXTS) context[name] ??= new SharedContext(storage, name);
}
