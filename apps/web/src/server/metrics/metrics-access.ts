import "server-only";
import { env } from "@/env";
import { presentsBearerSecret } from "../http/bearer-secret";
import { HttpError } from "../http/errors";

/**
 * Lets a scrape through only with `Authorization: Bearer $METRICS_TOKEN`. Without a token configured the
 * endpoint does not exist.
 */
export function checkMetricsAccess(request: Request): void {
  if (!env.METRICS_TOKEN) {
    throw new HttpError(404, `Nothing is served at ${new URL(request.url).pathname}; see /docs for the API`);
  }
  if (!presentsBearerSecret(request, env.METRICS_TOKEN)) {
    throw new HttpError(401, "A valid metrics token is required", { headers: { "WWW-Authenticate": "Bearer" } });
  }
}
