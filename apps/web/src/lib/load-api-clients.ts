type ApiClients = typeof import("./api-client");

let loading: Promise<ApiClients> | null = null;
let loaded: ApiClients | null = null;

/**
 * The typed API clients, loaded on first use rather than with the page: their response schemas are
 * built as their module loads (Zod), which the page's first paint and hydration do not need. A failed
 * load (offline) is tried again on the next use.
 */
export function loadApiClients(): Promise<ApiClients> {
  loading ??= import("./api-client").then(
    (clients) => {
      loaded = clients;
      return clients;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** The clients if they are loaded: for requests that cannot wait for them (sent as the page goes away). */
export function loadedApiClients(): ApiClients | null {
  return loaded;
}
