import { createTodoClient } from "@todo/contracts";
import { getSessionToken } from "./session-token";

/** The typed API client the UI uses: same origin, the session's JWT as bearer token. */
export const apiClient = createTodoClient({
  baseUrl: "",
  getToken: () => getSessionToken(),
});

/** For requests that must outlive the page (a delete still pending when the tab closes). */
export const keepaliveClient = createTodoClient({
  baseUrl: "",
  getToken: () => getSessionToken(),
  fetch: (input, init) => fetch(input, { ...init, keepalive: true }),
});
