import { randomUUID } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { type ParsedMail, recipientsOf } from "@todo/test-support/smtp-inbox";

/** The port of the SMTP server the e2e app sends its mail to: E2E_SMTP_PORT, else the port after the app's. */
export function e2eSmtpPort(): number {
  return Number(process.env.E2E_SMTP_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 1);
}

/** A message as the served inbox keeps it for the specs: who it went to, and its text. */
export interface KeptMail {
  to: string[];
  text: string;
}

// The inbox runs beside the app (serve.ts), in another process than the specs: it keeps each message as a file.
const MAIL_DIR = path.join(tmpdir(), `todo-e2e-mail-${e2eSmtpPort()}`);

/** Empties the directory the served inbox keeps mail in (at start, and when the run ends). */
export function resetKeptMail(): void {
  rmSync(MAIL_DIR, { recursive: true, force: true });
  mkdirSync(MAIL_DIR, { recursive: true });
}

/** Keeps a message the served inbox received, for waitForMail. */
export function keepMail(message: ParsedMail): void {
  const kept: KeptMail = { to: recipientsOf(message), text: message.text ?? "" };
  writeFileSync(path.join(MAIL_DIR, `${randomUUID()}.json`), JSON.stringify(kept));
}

/** The first message the app sent to `address` (every spec's addresses are its own), waiting up to 10 s. */
export async function waitForMail(address: string): Promise<KeptMail> {
  const wanted = address.toLowerCase();
  for (const deadline = Date.now() + 10_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 100))) {
    for (const file of readdirSync(MAIL_DIR)) {
      const kept = JSON.parse(readFileSync(path.join(MAIL_DIR, file), "utf8")) as KeptMail;
      if (kept.to.includes(wanted)) return kept;
    }
  }
  throw new Error(`no mail to ${address} within 10 s`);
}
