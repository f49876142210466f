import "server-only";
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { defaultDataDir } from "@todo/db";
import { env } from "@/env";

/**
 * BETTER_AUTH_SECRET, or for a local install one generated once and kept beside the embedded
 * database, so that restarts can still decrypt the JWT signing keys it protects.
 */
export function authSecret(): string {
  if (env.BETTER_AUTH_SECRET) return env.BETTER_AUTH_SECRET;
  const file = path.join(path.dirname(defaultDataDir()), "auth-secret");
  try {
    return readFileSync(file, "utf8").trim();
  } catch {
    const secret = randomBytes(32).toString("base64url");
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
    console.warn(`BETTER_AUTH_SECRET is not set: generated one in ${file}. Set it for any shared deployment.`);
    return secret;
  }
}
