import "server-only";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { defaultDataDir } from "@todo/db";
import webPush from "web-push";
import { env } from "@/env";

export interface VapidKeys {
  publicKey: string;
  privateKey: string;
  subject: string;
}

let cached: VapidKeys | undefined;

/**
 * The VAPID keys push messages are signed with (RFC 8292): from VAPID_* or, on a local install (which env.ts
 * allows to leave them unset), a pair generated once into `.data/vapid.json` beside the auth secret, so that the
 * browsers' subscriptions (made with its public key) stay valid across restarts.
 */
export function vapidKeys(): VapidKeys {
  cached ??= readVapidKeys();
  return cached;
}

function readVapidKeys(): VapidKeys {
  const subject = env.VAPID_SUBJECT ?? localSubject();
  if (env.VAPID_PUBLIC_KEY && env.VAPID_PRIVATE_KEY) {
    return { publicKey: env.VAPID_PUBLIC_KEY, privateKey: env.VAPID_PRIVATE_KEY, subject };
  }
  const file = path.join(path.dirname(defaultDataDir()), "vapid.json");
  try {
    const { publicKey, privateKey } = JSON.parse(readFileSync(file, "utf8")) as Omit<VapidKeys, "subject">;
    return { publicKey, privateKey, subject };
  } catch {
    const keys = webPush.generateVAPIDKeys();
    mkdirSync(path.dirname(file), { recursive: true });
    try {
      writeFileSync(file, JSON.stringify(keys), { mode: 0o600, flag: "wx" });
    } catch {
      // Another instance wrote it first: use that one.
      return { ...(JSON.parse(readFileSync(file, "utf8")) as Omit<VapidKeys, "subject">), subject };
    }
    console.warn(
      `VAPID_PUBLIC_KEY is not set: generated a key pair in ${file}. Set VAPID_* for any shared deployment.`,
    );
    return { ...keys, subject };
  }
}

/** A subject for a local install: its https URL if it has one, otherwise a placeholder address. */
function localSubject(): string {
  return env.BETTER_AUTH_URL.startsWith("https://") ? env.BETTER_AUTH_URL : "mailto:todo@localhost.invalid";
}
