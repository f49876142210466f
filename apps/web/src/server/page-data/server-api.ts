import "server-only";
import { createTodoClient, type Problem } from "@todo/contracts";
import { env } from "@/env";
import type { ApiRunner } from "@/lib/api-runner";
import { inProcessFetch } from "./in-process-fetch";

/** The API refused a page's read (its route handler has logged why). */
export class PageDataError extends Error {
  constructor(readonly problem: Problem) {
    super(`${problem.status} ${problem.title}`);
    this.name = "PageDataError";
  }
}

/** The typed client on the server, as the user whose JWT `token` is: the same requests the browser sends. */
export function serverApi(token: string): ApiRunner {
  const client = createTodoClient({ baseUrl: env.BETTER_AUTH_URL, getToken: () => token, fetch: inProcessFetch });
  return async (request) => {
    const result = await request(client);
    if (!result.ok) throw new PageDataError(result.problem);
    return result.data;
  };
}
