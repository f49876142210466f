import { apiCall } from "./api-call";
import type { ApiRunner } from "./api-runner";

/** The browser's requests: the typed client over fetch, with the session's JWT (see api-call.ts). */
export const browserApi: ApiRunner = apiCall;
