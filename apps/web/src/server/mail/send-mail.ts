import "server-only";
import type { Transporter } from "nodemailer";
import { env } from "@/env";
import { errorForLog } from "../error-for-log";
import { log } from "../log";
import { writeToOutbox } from "./outbox";

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

const globalForMail = globalThis as typeof globalThis & { todoMailer?: Promise<Transporter> };

/**
 * SMTP when SMTP_URL is set; otherwise a transport that only renders the message, for the outbox. nodemailer
 * (~0.7 MB of code) loads with the first message: an instance may never send one. A failed load is tried again.
 */
function transport(): Promise<Transporter> {
  globalForMail.todoMailer ??= import("nodemailer").then(
    ({ default: nodemailer }) =>
      env.SMTP_URL
        ? nodemailer.createTransport(env.SMTP_URL)
        : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" }),
    (error: unknown) => {
      globalForMail.todoMailer = undefined;
      throw error;
    },
  );
  return globalForMail.todoMailer;
}

/** Sends one message now: over SMTP, or to `.data/outbox/` and the log when no SMTP server is set. */
export async function sendMail(mail: Mail): Promise<void> {
  const info = await (await transport()).sendMail({ from: env.MAIL_FROM, ...mail });
  if (env.SMTP_URL) {
    log("info", "mail_sent", { subject: mail.subject, messageId: info.messageId });
    return;
  }
  const file = await writeToOutbox(info.message as Buffer);
  // No SMTP server: the log is where someone resetting a local install's password finds the link. A deployment
  // (production with a shared database) that has none keeps the link off its logs: it is in the outbox file only.
  const deployment = env.NODE_ENV === "production" && env.DATABASE_URL !== undefined;
  if (deployment) log("warn", "mail_to_outbox", { subject: mail.subject, file, reason: "SMTP_URL is unset" });
  else log("info", "mail_to_outbox", { to: mail.to, subject: mail.subject, file, text: mail.text });
}

/**
 * Sends off the response path: the answer to "reset my password" must not take longer when the
 * address has an account (a mail to send) than when it has none. A failure is logged, never thrown.
 */
export function sendMailInBackground(mail: Mail): void {
  sendMail(mail).catch((error: unknown) => {
    log("error", "mail_failed", { subject: mail.subject, error: errorForLog(error) });
  });
}
