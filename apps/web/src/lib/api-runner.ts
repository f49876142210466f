import type { ApiResult, TodoClient } from "@todo/contracts";

/**
 * Sends one typed-client request and gives its data, or throws: in the browser through fetch
 * (lib/browser-api.ts), on the server in-process through the API's own route handlers
 * (server/page-data). The queries the tasks page starts with are written once against it.
 */
export type ApiRunner = <T>(request: (client: TodoClient) => Promise<ApiResult<T>>) => Promise<T>;

/**
 * How long data the server prefetched for the page (or a fetch just made) counts as fresh: the
 * page's first render does not ask for it again. Writes still refresh what they touch.
 */
export const FRESH_FOR_MS = 30_000;
