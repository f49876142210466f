import { AsyncLocalStorage } from "node:async_hooks";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { BETTER_AUTH_CONTEXTS, SharedContext, shareBetterAuthContexts } from "./shared-auth-contexts";

/** What these tests call of `@better-auth/core/context`: the copy the app's `better-auth` imports. */
interface BetterAuthContextModule {
  runWithEndpointContext<T>(context: object, fn: () => T): Promise<T>;
  tryGetCurrentAuthEndpointContext(): object | undefined;
  runWithRequestState<T>(store: object, fn: () => T): Promise<T>;
  hasRequestState(): Promise<boolean>;
  getCurrentRequestState(): Promise<object>;
  runWithAdapter<T>(adapter: object, fn: () => T): Promise<T>;
  getCurrentAdapter(fallback: object): Promise<object>;
  getCurrentAuthContextAsyncLocalStorage(): Promise<unknown>;
  getRequestStateAsyncLocalStorage(): Promise<unknown>;
  getCurrentDBAdapterAsyncLocalStorage(): Promise<unknown>;
}

const require = createRequire(import.meta.url);
const CORE_CONTEXT = createRequire(require.resolve("better-auth")).resolve("@better-auth/core/context");
let core: BetterAuthContextModule;

beforeAll(async () => {
  shareBetterAuthContexts();
  core = (await import(CORE_CONTEXT)) as BetterAuthContextModule;
});

const NO_ADAPTER = {};

/** The three contexts as Better Auth runs and reads them, in BETTER_AUTH_CONTEXTS's order. */
function contexts() {
  return [
    {
      run: <T>(value: object, fn: () => T) => core.runWithEndpointContext(value, fn),
      read: async () => core.tryGetCurrentAuthEndpointContext(),
    },
    {
      run: <T>(value: object, fn: () => T) => core.runWithRequestState(value, fn),
      read: async () => ((await core.hasRequestState()) ? core.getCurrentRequestState() : undefined),
    },
    {
      run: <T>(value: object, fn: () => T) => core.runWithAdapter(value, fn),
      read: async () => {
        const adapter = await core.getCurrentAdapter(NO_ADAPTER);
        return adapter === NO_ADAPTER ? undefined : adapter;
      },
    },
  ];
}

const current = () => Promise.all(contexts().map((context) => context.read()));

interface Run {
  context: number;
  inner: Run[];
}

/** Runs nested up to `depth` deep, up to three side by side at each level. */
function runsNested(depth: number): fc.Arbitrary<Run> {
  const inner = depth === 0 ? fc.constant<Run[]>([]) : fc.array(runsNested(depth - 1), { maxLength: 3 });
  return fc.record({ context: fc.integer({ min: 0, max: 2 }), inner });
}

const runs = runsNested(3);

let made = 0;

/** Runs `run` inside `outer` (each context's store there), its inner runs side by side, checking what each reads. */
async function check(run: Run, outer: unknown[]): Promise<void> {
  const value = { made: ++made };
  await contexts()[run.context]?.run(value, async () => {
    const expected = outer.with(run.context, value);
    await new Promise(setImmediate);
    expect(await current()).toEqual(expected);
    await Promise.all(run.inner.map((inner) => check(inner, expected)));
    expect(await current()).toEqual(expected);
  });
}

describe("Better Auth's contexts in one AsyncLocalStorage", () => {
  it("puts every context Better Auth's installed version keeps in its global into one AsyncLocalStorage", async () => {
    const dir = path.dirname(CORE_CONTEXT);
    const named = new Set<string>();
    for (const file of readdirSync(dir).filter((name) => name.endsWith(".mjs"))) {
      for (const match of readFileSync(path.join(dir, file), "utf8").matchAll(/\.context\.(\w+AsyncStorage)\b/g)) {
        named.add(match[1] as string);
      }
    }
    expect([...named].sort()).toEqual([...BETTER_AUTH_CONTEXTS].sort());

    const storages = await Promise.all([
      core.getCurrentAuthContextAsyncLocalStorage(),
      core.getRequestStateAsyncLocalStorage(),
      core.getCurrentDBAdapterAsyncLocalStorage(),
    ]);
    for (const storage of storages) expect(storage).toBeInstanceOf(SharedContext);
    const shared = new Set(storages.map((storage) => (storage as SharedContext<unknown>).storage));
    expect(shared.size).toBe(1);
  });

  it("keeps each context's own store inside the others, across awaits and beside concurrent runs", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(runs, { minLength: 1, maxLength: 4 }), async (side) => {
        await Promise.all(side.map((run) => check(run, [undefined, undefined, undefined])));
        expect(await current()).toEqual([undefined, undefined, undefined]);
      }),
      { numRuns: 200 },
    );
  });

  it("gives a run's callback its arguments and its result back", () => {
    const [name] = BETTER_AUTH_CONTEXTS;
    const view = new SharedContext<string>(new AsyncLocalStorage(), name);
    expect(view.run("store", (a: number, b: number) => `${view.getStore()} ${a + b}`, 1, 2)).toBe("store 3");
    expect(view.getStore()).toBeUndefined();
  });
});
