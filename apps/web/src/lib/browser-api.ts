import { apiCall } from "./api-call";
import { apiClient } from "./api-client";
import type { ApiRunner } from "./api-runner";

/** The browser's requests: the typed client over fetch, with the session's JWT (see api-call.ts). */
export const browserApi: ApiRunner = (request) => apiCall(() => request(apiClient));
