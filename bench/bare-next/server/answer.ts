import { randomUUID } from "node:crypto";
import { TokenRejectedError } from "@todo/api/auth";
import { TaskNotFoundError } from "@todo/db";
import { benchContext } from "./context";

type Context = ReturnType<typeof benchContext>;

/** A refusal outside the benchmarked paths: its status alone, as the floor answers (no load meets it). */
const refusal = (status: number, headers?: Record<string, string>) => new Response(null, { status, headers });

/**
 * The floor's work around each benchmarked request (bench/floor/handlers.ts), as a route handler does it:
 * the bearer token verified against the path's user, the answer given its request id.
 */
export async function answer(
  request: Request,
  userId: string,
  work: (context: Context) => Promise<Response>,
): Promise<Response> {
  const requestId = randomUUID();
  let response: Response;
  try {
    const context = benchContext();
    if ((await context.verify(request.headers.get("authorization"))).subject !== userId) response = refusal(403);
    else response = await work(context);
  } catch (error) {
    if (error instanceof TokenRejectedError) response = refusal(401, { "WWW-Authenticate": "Bearer" });
    else if (error instanceof TaskNotFoundError) response = refusal(404);
    else {
      console.error(error);
      response = refusal(500);
    }
  }
  response.headers.set("X-Request-Id", requestId);
  return response;
}

export { refusal };
