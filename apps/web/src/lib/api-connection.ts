import type { TodoClientOptions } from "@todo/contracts";
import { getSessionToken } from "./session-token";

/** Where the UI's API calls go, and with what: the same origin, the session's JWT as bearer token. */
export const apiConnection = {
  baseUrl: "",
  getToken: () => getSessionToken(),
} satisfies TodoClientOptions;
