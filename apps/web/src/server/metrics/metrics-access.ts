import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import { env } from "@/env";
import { HttpError } from "../http/errors";

const digest = (text: string) => createHash("sha256").update(text).digest();

/**
 * Lets a scrape through only with `Authorization: Bearer $METRICS_TOKEN`, compared in constant time (over
 * digests, so that the length does not tell either). Without a token configured the endpoint does not exist.
 */
export function checkMetricsAccess(request: Request): void {
  if (!env.METRICS_TOKEN) {
    throw new HttpError(404, `Nothing is served at ${new URL(request.url).pathname}; see /docs for the API`);
  }
  const presented = /^bearer\s+(\S+)\s*$/i.exec(request.headers.get("authorization") ?? "")?.[1] ?? "";
  if (!timingSafeEqual(digest(presented), digest(env.METRICS_TOKEN))) {
    throw new HttpError(401, "A valid metrics token is required", { headers: { "WWW-Authenticate": "Bearer" } });
  }
}
