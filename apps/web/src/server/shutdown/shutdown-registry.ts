/**
 * What runs when the instance stops, in phases: `signal` at once (loops start no new work; what they hold
 * finishes alongside the requests in flight), `streams` (long requests that would never finish on their own),
 * then — once the requests in flight are done — `background` (loops and listeners), then `database` (the
 * pools, which the phases before may still need). Kept on globalThis, so that every copy of this module that
 * Next.js loads registers in one place.
 */
export type ShutdownPhase = "signal" | "streams" | "background" | "database";

export type ShutdownTask = () => Promise<void> | void;

const globalForShutdown = globalThis as typeof globalThis & {
  todoShutdown?: Record<ShutdownPhase, Map<string, ShutdownTask>>;
};

function tasks(): Record<ShutdownPhase, Map<string, ShutdownTask>> {
  globalForShutdown.todoShutdown ??= {
    signal: new Map(),
    streams: new Map(),
    background: new Map(),
    database: new Map(),
  };
  return globalForShutdown.todoShutdown;
}

/** Runs `task` at shutdown in its phase; registering a name again replaces the task (dev reloads). */
export function onShutdown(phase: ShutdownPhase, name: string, task: ShutdownTask): void {
  tasks()[phase].set(name, task);
}

/** Runs a phase's tasks together; a failing one is reported and does not hold the others. */
export async function runShutdownPhase(
  phase: ShutdownPhase,
  onError: (name: string, error: unknown) => void,
): Promise<void> {
  await Promise.all(
    [...tasks()[phase]].map(async ([name, task]) => {
      try {
        await task();
      } catch (error) {
        onError(name, error);
      }
    }),
  );
}
