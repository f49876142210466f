import type { ApiResult, Problem, TodoClient } from "@todo/contracts";
import { forgetSessionToken, SessionEndedError } from "@/lib/session-token";
import { loadApiClients } from "./load-api-clients";

/** The API refused a request, or it never got an answer: the problem says why. */
export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = "ApiError";
  }
}

const UNREACHABLE: Problem = { type: "about:blank", title: "The server could not be reached. Try again.", status: 503 };

async function send<T>(request: (client: TodoClient) => Promise<ApiResult<T>>): Promise<ApiResult<T>> {
  try {
    const { apiClient } = await loadApiClients();
    let result = await request(apiClient);
    if (!result.ok && result.problem.status === 401) {
      // The token may have expired early (a device clock behind the server's): one more try with a new one.
      forgetSessionToken();
      result = await request(apiClient);
    }
    if (!result.ok && result.problem.status === 401) throw new SessionEndedError();
    return result;
  } catch (error) {
    if (error instanceof SessionEndedError) throw error;
    // No token to send (the auth endpoint failed or throttled us), or the client did not load: a failed request like any other.
    return { ok: false, problem: UNREACHABLE };
  }
}

/**
 * Sends a typed-client request for a query or mutation function: its data, or an `ApiError`; a
 * `SessionEndedError` once the session behind the token is gone (see lib/query-client.ts).
 */
export async function apiCall<T>(request: (client: TodoClient) => Promise<ApiResult<T>>): Promise<T> {
  const result = await send(request);
  if (!result.ok) throw new ApiError(result.problem);
  return result.data;
}
