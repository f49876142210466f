import "server-only";
import { randomUUID } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { defaultDataDir } from "@todo/db";

/** `.data/outbox/` beside the embedded database: where a local install's mail is kept, one .eml per message. */
export function outboxDir(): string {
  return path.join(path.dirname(defaultDataDir()), "outbox");
}

/** Keeps one message as an .eml file (openable by any mail program) and answers its path. */
export async function writeToOutbox(raw: Buffer): Promise<string> {
  const dir = outboxDir();
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `${new Date().toISOString().replaceAll(":", "-")}-${randomUUID().slice(0, 8)}.eml`);
  await writeFile(file, raw, { mode: 0o600 });
  return file;
}
