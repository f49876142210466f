import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import { bearerCredentials } from "@todo/api/auth";

const digest = (text: string) => createHash("sha256").update(text).digest();

/**
 * Whether the request's `Authorization: Bearer …` is `secret` (a secret the operator configured, such as
 * METRICS_TOKEN), compared in constant time over digests, so that neither the bytes nor the length tell.
 */
export function presentsBearerSecret(request: Request, secret: string): boolean {
  const presented = bearerCredentials(request.headers.get("authorization")) ?? "";
  return timingSafeEqual(digest(presented), digest(secret));
}
