import { createTodoClient } from "@todo/contracts";
import { apiConnection } from "./api-connection";

/** The typed API client the UI uses. */
export const apiClient = createTodoClient(apiConnection);

/** For requests that must outlive the page (a delete still pending when the tab closes). */
export const keepaliveClient = createTodoClient({
  ...apiConnection,
  fetch: (input, init) => fetch(input, { ...init, keepalive: true }),
});
