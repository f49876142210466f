import { loadOnFirstUse } from "./load-on-first-use";

/**
 * The typed API clients, loaded on first use rather than with the page: their response schemas are
 * built as their module loads (Zod), which the page's first paint and hydration do not need.
 */
const apiClients = loadOnFirstUse(() => import("./api-client"));

export const loadApiClients = apiClients.load;

/** The clients if they are loaded: for requests that cannot wait for them (sent as the page goes away). */
export const loadedApiClients = apiClients.loaded;
