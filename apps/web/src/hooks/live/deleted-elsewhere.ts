type Listener = (taskId: number) => void;

const listeners = new Set<Listener>();

/**
 * Calls `listener` with the id of each task the change stream says was deleted, before it leaves the cache: what
 * shows it (its details) can say so and keep what was typed there. Returns what stops listening.
 */
export function onTaskDeletedElsewhere(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function taskDeletedElsewhere(taskId: number): void {
  for (const listener of listeners) listener(taskId);
}
