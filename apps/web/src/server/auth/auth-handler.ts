import "server-only";
import { getAuth } from "./auth";

/**
 * Better Auth's handler, with the standard `Retry-After` on its 429s (it sends only its own
 * `X-Retry-After`), so that any HTTP client knows when to try again.
 */
export async function handleAuthRequest(request: Request): Promise<Response> {
  const response = await getAuth().handler(request);
  const retryAfter = response.headers.get("x-retry-after");
  if (response.status === 429 && retryAfter && !response.headers.has("retry-after")) {
    response.headers.set("Retry-After", retryAfter);
  }
  return response;
}
