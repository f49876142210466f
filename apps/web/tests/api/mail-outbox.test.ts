import { readFile, rm } from "node:fs/promises";
import { authHeaders, signUp } from "@todo/test-support/accounts";
import { type AppServer, startAppServer } from "@todo/test-support/app-server";
import { simpleParser } from "mailparser";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { WEB_DIR } from "../support/web-dir";

// No SMTP_URL: mail goes to the log and to .data/outbox/, as on a local install (no DATABASE_URL) or a development
// server; this one runs as a test (production with a DATABASE_URL would keep the message out of the log).
let app: AppServer;
beforeAll(async () => {
  app = await startAppServer(WEB_DIR, { DATABASE_URL: inject("databaseUrl"), SMTP_URL: "", NODE_ENV: "test" });
});
afterAll(() => app?.stop());

async function outboxLine(email: string): Promise<{ to: string; subject: string; file: string; text: string }> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const line = app
      .output()
      .split("\n")
      .find((entry) => entry.includes('"event":"mail_to_outbox"') && entry.includes(email));
    if (line) return JSON.parse(line);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no outbox line for ${email}:\n${app.output()}`);
}

describe("mail without an SMTP server", () => {
  it("writes a reset mail to the log and as an .eml file under .data/outbox/", async () => {
    const account = await signUp(app.url);
    const asked = await fetch(`${app.url}/api/auth/request-password-reset`, {
      method: "POST",
      headers: authHeaders(app.url),
      body: JSON.stringify({ email: account.email, redirectTo: "/reset-password" }),
    });
    expect(asked.status).toBe(200);
    const logged = await outboxLine(account.email);
    expect(logged).toMatchObject({ to: account.email, subject: "Reset your Todo password" });
    expect(logged.text).toContain(`${app.url}/api/auth/reset-password/`);
    expect(logged.file).toMatch(/\/\.data\/outbox\/[^/]+\.eml$/);
    try {
      const mail = await simpleParser(await readFile(logged.file));
      expect(mail.subject).toBe("Reset your Todo password");
      expect(mail.text?.trim()).toBe(logged.text.trim());
      expect(mail.from?.text).toBe('"Todo" <no-reply@localhost>');
    } finally {
      await rm(logged.file, { force: true });
    }
  });
});
