import { createHash, randomBytes } from "node:crypto";

/** What every secret starts with, so that secret scanners and people can tell one at a glance. */
export const TOKEN_SECRET_PREFIX = "todo_pat_";

/** A new secret: 256 random bits, so a plain SHA-256 of it is as safe to keep as a slow password hash. */
export function newTokenSecret(): string {
  return `${TOKEN_SECRET_PREFIX}${randomBytes(32).toString("base64url")}`;
}

export function hashTokenSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}
