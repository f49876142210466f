/**
 * Something the page loads on its first use rather than with the page (a module kept off the first
 * load): loaded once, its callers sharing the one load; a failed load (offline) is forgotten, so the
 * next use tries again. `loaded` gives it without waiting, once it is there.
 */
export function loadOnFirstUse<T>(load: () => Promise<T>) {
  let loading: Promise<T> | null = null;
  let value: { current: T } | null = null;
  return {
    load(): Promise<T> {
      loading ??= load().then(
        (loadedValue) => {
          value = { current: loadedValue };
          return loadedValue;
        },
        (error: unknown) => {
          loading = null;
          throw error;
        },
      );
      return loading;
    },
    loaded(): T | null {
      return value?.current ?? null;
    },
  };
}
