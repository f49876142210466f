import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { freePort } from "./free-port";

export type { ParsedMail };

export interface SmtpInbox {
  /** `smtp://127.0.0.1:<port>`, for the app's SMTP_URL. */
  url: string;
  /** Every message received so far, parsed, oldest first. */
  messages: ParsedMail[];
  /** The first message to `address` received after `since` messages (waits up to `timeoutMs`). */
  waitFor: (address: string, options?: { since?: number; timeoutMs?: number }) => Promise<ParsedMail>;
  stop: () => Promise<void>;
}

/** Addresses a parsed message was sent to, lower-cased. */
export function recipientsOf(message: ParsedMail): string[] {
  const to = Array.isArray(message.to) ? message.to : message.to ? [message.to] : [];
  return to.flatMap((group) => group.value.map((entry) => (entry.address ?? "").toLowerCase()));
}

/** The first link in a message's text that starts with `prefix`. */
export function linkIn(message: Pick<ParsedMail, "text">, prefix: string): string {
  const found = (message.text ?? "").split(/\s+/).find((word) => word.startsWith(prefix));
  if (!found) throw new Error(`no link starting with ${prefix} in:\n${message.text}`);
  return found;
}

/**
 * A real SMTP server on a free loopback port that keeps what it receives: the app under test sends
 * to it exactly as it would to a mail provider (no authentication, no TLS on loopback). `delayMs`
 * holds each message that long before accepting it; `onMessage` sees each one as it is kept.
 */
export async function startSmtpInbox({
  port,
  delayMs = 0,
  onMessage,
}: {
  port?: number;
  delayMs?: number;
  onMessage?: (message: ParsedMail) => void;
} = {}): Promise<SmtpInbox> {
  port ??= await freePort();
  const messages: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        async (parsed) => {
          // A slow provider: what a sender that waits for delivery would make its caller wait for.
          if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
          messages.push(parsed);
          onMessage?.(parsed);
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    waitFor: async (address, { since = 0, timeoutMs = 10_000 } = {}) => {
      const deadline = Date.now() + timeoutMs;
      const wanted = address.toLowerCase();
      while (Date.now() < deadline) {
        const found = messages.slice(since).find((message) => recipientsOf(message).includes(wanted));
        if (found) return found;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error(`no mail to ${address} within ${timeoutMs} ms`);
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
